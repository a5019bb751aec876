"""Demo: Hämeenlinna's own part of the council orientation in Finnish and Porvoo's, a bilingual city, in
Swedish; each placed after the course's second module, with a required lesson and the city's documents.
Idempotent: pages are found by slug and updated in place."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from courses.models import CoursePage, ModulePage
from courses.translation import default_locale_id
from municipalities.models import Municipality

from .models import LocalLessonPage, LocalSupplementPage, SupplementDocument
from .services import editors_group_ensure
from .setup import municipality_folder_ensure

ORIENTATION_COURSE = "valtuustokauden-2021-2025-perehdytys"

SUPPLEMENTS = {
    "109": {
        "language": "fi",
        "title": "Hämeenlinnan oma osa: näin meillä toimitaan",
        "slug": "hameenlinna-perehdytys",
        "intro": "<p>Hämeenlinnan hallintosääntö, strategia ja talousarvio sekä kaksoisjohtamisen pelisäännöt.</p>",
        "lessons": [
            (
                "Hämeenlinnan hallintosääntö käytännössä",
                "hallintosaanto",
                True,
                "<p>Hallintosääntö kertoo, kuka päättää mistäkin Hämeenlinnassa. Lue erityisesti luvut 2–4.</p>",
            ),
            (
                "Kaupunkistrategia ja talousarvio",
                "strategia-ja-talous",
                False,
                "<p>Strategia ohjaa talousarviota. Katso, miten strategian tavoitteet näkyvät tämän vuoden "
                "talousarviossa.</p>",
            ),
        ],
        "documents": [
            ("administrative_regulation", "Hämeenlinnan hallintosääntö"),
            ("strategy", "Kaupunkistrategia"),
            ("leadership_agreement", "Johtajasopimus"),
            ("ground_rules", "Yhteistyön pelisäännöt"),
        ],
    },
    "638": {
        "language": "sv",
        "title": "Borgås egen del: så arbetar vi",
        "slug": "borga-introduktion",
        "intro": "<p>Borgå stads förvaltningsstadga, strategi och budget samt kontaktuppgifter.</p>",
        "lessons": [
            (
                "Förvaltningsstadgan i Borgå",
                "forvaltningsstadgan",
                True,
                "<p>Förvaltningsstadgan bestämmer vem som beslutar om vad i Borgå. Läs särskilt kapitel 2–4.</p>",
            ),
        ],
        "documents": [
            ("administrative_regulation", "Borgå stads förvaltningsstadga"),
            ("budget", "Budget och ekonomiplan"),
            ("contacts", "Kontaktuppgifter"),
        ],
    },
}


def _document(title):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(f"{title.lower().replace(' ', '-')}.txt", ContentFile(f"{title}\n".encode()), save=False)
        document.save()
    return document


def _upsert(parent, model, slug, fields):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = parent.add_child(instance=model(slug=slug, **fields))
    else:
        for name, value in fields.items():
            setattr(page, name, value)
        page.save()
    page.save_revision().publish()
    return page


def supplements_demo_load(*, stdout=None):
    course = CoursePage.objects.filter(slug=ORIENTATION_COURSE, locale_id=default_locale_id()).first()
    if course is None:
        return []
    second_module = ModulePage.objects.child_of(course).order_by("path")[1:2].first()
    made = []
    for code, data in SUPPLEMENTS.items():
        place = Municipality.objects.filter(code=code).first()
        if place is None:
            continue
        folder = municipality_folder_ensure(municipality=place)
        editors_group_ensure(municipality=place)
        supplement = _upsert(
            folder,
            LocalSupplementPage,
            data["slug"],
            {
                "title": data["title"],
                "course": course,
                "after_module": second_module,
                "language": data["language"],
                "intro": data["intro"],
            },
        )
        SupplementDocument.objects.filter(page=supplement).delete()
        for order, (kind, title) in enumerate(data["documents"]):
            SupplementDocument.objects.create(page=supplement, kind=kind, document=_document(title), sort_order=order)
        for title, slug, required, text in data["lessons"]:
            body = LocalLessonPage.body.field.stream_block.to_python([{"type": "paragraph", "value": text}])
            _upsert(supplement, LocalLessonPage, slug, {"title": title, "is_required": required, "body": body})
        made.append(supplement)
    if stdout is not None:
        stdout.write(f"Local supplements: {', '.join(page.title for page in made)}")
    return made
