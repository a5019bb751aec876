"""Common Finnish and Finland-Swedish first names and surnames for the generated demo rosters."""


def _names(text):
    return text.split()


FINNISH_FIRST = _names("""
Aino Anna Anne Anneli Eeva Elina Hanna Heidi Helena Johanna Kaisa Katja Kirsi Laura Leena Liisa
Maarit Maria Marja Minna Noora Outi Päivi Riikka Sari Satu Tiina Tuula Ulla Anssi Antti Eero Heikki
Jari Jukka Juha Jussi Kari Markku Matti Mika Mikko Olli Pasi Pekka Petri Sami Seppo Tapio Timo
Tuomas Väinö Ville Ari Jyrki Lauri
""")
FINNISH_LAST = _names("""
Ahonen Anttila Björklund Heikkinen Heinonen Hiltunen Hämäläinen Jokinen Järvinen Kallio Karjalainen
Kinnunen Koivisto Korhonen Koskinen Laaksonen Laine Lehtonen Leinonen Lehtinen Mäkelä Mäkinen
Miettinen Nieminen Niemi Ojala Pitkänen Rantanen Räsänen Saarinen Salminen Salonen Tuominen Turunen
Virtanen Väisänen Ylönen Öhman Kärkkäinen Pääkkönen
""")
SWEDISH_FIRST = _names("""
Agneta Anna-Karin Birgitta Camilla Ebba Ellen Frida Gunilla Helena Ingrid Johanna Linnea Maria Sofia
Åsa Anders Bengt Björn Christer Erik Fredrik Göran Henrik Johan Kaj Lars Mats Mikael Nils Stefan Tor
Ulf
""")
SWEDISH_LAST = _names("""
Andersson Backman Berg Björkqvist Eriksson Forsman Grönroos Holmström Johansson Karlsson Lindholm
Lindqvist Lundberg Nyman Nyström Sjöberg Sundström Wikström Åberg Öberg Strömberg Wiik
""")
