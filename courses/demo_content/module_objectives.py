"""Learning objectives of each demo module, Finnish and Swedish side by side, keyed by the Finnish module slug.

The loaders (courses/demo.py, courses/demo_swedish.py) set them on the module pages, where the module page
shows them under "What you will learn". Kept in one file so that both languages say the same thing.
"""


def _ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


FI = {
    # Valtuustokauden 2021–2025 perehdytys
    "kaksoisjohtaminen": _ul(
        "Osaat kertoa, mitä kaksoisjohtaminen tarkoittaa ja miten luottamushenkilöt ja viranhaltijat jakavat "
        "johtamisen tehtävät.",
        "Tiedät, miksi kuntastrategia sitoo molemmat puolet samaan suuntaan (kuntalaki 37 ja 38 §).",
        "Tunnet kunnanhallituksen, sen puheenjohtajan ja kunnanjohtajan tai pormestarin tehtävät.",
    ),
    "roolit": _ul(
        "Tiedät, mistä valtuusto päättää ja mitä muita toimielimiä kunnassa on.",
        "Osaat kertoa, mitä sote-uudistus tarkoittaa valtuuston työlle ja mitkä tehtävät jäävät kunnalle.",
        "Tunnet luottamushenkilön velvollisuudet ja tiedonsaantioikeuden (69 ja 83 §).",
        "Osaat tehdä sidonnaisuusilmoituksen ja arvioida omaa esteellisyyttäsi (84 ja 97 §).",
    ),
    "yhteistyon-kaytannot": _ul(
        "Tiedät, kuka valmistelee ja kuka päättää, ja osaat kysyä valmistelusta ajoissa.",
        "Osaat toimia kokouksessa ja sähköisessä kokouksessa (99 §).",
        "Osaat sopia tiedonkulusta, yhteisistä pelisäännöistä ja yhteistyön arvioinnista.",
    ),
    # Kestävä kunnan johtaminen
    "kestavyys-strategiassa": _ul(
        "Tunnet kestävyyden kolme ulottuvuutta.",
        "Osaat arvioida, miten kestävyys on kirjattu kuntastrategiaan (37 §).",
        "Tiedät, miten strategian mukaan johdetaan (38 §).",
    ),
    "talousarvio-ja-paatokset": _ul(
        "Osaat lukea talousarviota strategian toteuttajana.",
        "Ymmärrät, mitä taloudellinen kestävyys tarkoittaa pitkällä aikavälillä.",
        "Osaat kysyä päätösten vaikutuksista ennen päätöstä.",
    ),
    "sosiaalinen-ja-ekologinen": _ul(
        "Tiedät, miten asukkaiden hyvinvointia ja osallisuutta edistetään päätöksillä.",
        "Osaat tehdä maankäytön ja ilmastotyön valinnat näkyviksi.",
    ),
    "kestavat-kunnat-2030": _ul(
        "Tunnet Kestävät kunnat 2030 -ennakoinnin ja sen neljä skenaariota ja tiedät, mistä niiden kuvaukset löytyvät.",
        "Osaat käyttää skenaarioita valtuuston strategiatyössä.",
    ),
}

SV = {
    "kaksoisjohtaminen": _ul(
        "Du kan berätta vad dubbelt ledarskap innebär och hur förtroendevalda och tjänsteinnehavare delar på "
        "ledningsuppgifterna.",
        "Du vet varför kommunstrategin binder båda sidor i samma riktning (37 och 38 § i kommunallagen).",
        "Du känner till uppgifterna för kommunstyrelsen, dess ordförande och kommundirektören eller borgmästaren.",
    ),
    "roolit": _ul(
        "Du vet vad fullmäktige beslutar om och vilka andra organ kommunen har.",
        "Du kan berätta vad social- och hälsovårdsreformen betyder för fullmäktiges arbete och vilka uppgifter "
        "som blir kvar hos kommunen.",
        "Du känner till den förtroendevaldas skyldigheter och rätt till information (69 och 83 §).",
        "Du kan lämna en redogörelse för bindningar och bedöma om du är jävig (84 och 97 §).",
    ),
    "yhteistyon-kaytannot": _ul(
        "Du vet vem som bereder och vem som beslutar, och du kan ställa frågor om beredningen i tid.",
        "Du kan delta i ett sammanträde och i ett elektroniskt sammanträde (99 §).",
        "Du kan komma överens om informationsflödet, gemensamma spelregler och utvärderingen av samarbetet.",
    ),
    "kestavyys-strategiassa": _ul(
        "Du känner till hållbarhetens tre dimensioner.",
        "Du kan bedöma hur hållbarheten har skrivits in i kommunstrategin (37 §).",
        "Du vet hur kommunen leds enligt strategin (38 §).",
    ),
    "talousarvio-ja-paatokset": _ul(
        "Du kan läsa budgeten som ett redskap för att genomföra strategin.",
        "Du förstår vad ekonomisk hållbarhet betyder på lång sikt.",
        "Du kan fråga om besluts konsekvenser innan beslutet fattas.",
    ),
    "sosiaalinen-ja-ekologinen": _ul(
        "Du vet hur invånarnas välfärd och delaktighet främjas genom beslut.",
        "Du kan göra valen inom markanvändning och klimatarbete synliga.",
    ),
    "kestavat-kunnat-2030": _ul(
        "Du känner till framsynsarbetet Kestävät kunnat 2030 och dess fyra scenarier och vet var "
        "beskrivningarna av dem finns.",
        "Du kan använda scenarier i fullmäktiges strategiarbete.",
    ),
}
