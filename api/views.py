"""The reporting API: read-only, by API key. Views read through the selectors of participation/ and
municipalities/ (the same functions as the dashboards, so the API cannot say more than the pages) and
record every use in the audit log."""

from types import SimpleNamespace

from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from accounts.audit import audit_record
from accounts.models import AuditEvent
from municipalities.models import Municipality
from participation import selectors
from participation.course_tree import courses_for_term
from participation.network import network_overview

from . import serializers
from .access import municipality_for_token, network_token_required, token_scope_valid
from .authentication import ApiKeyAuthentication
from .pagination import ApiPagination, ParticipantPagination
from .params import started_terms, status_param, term_param, updated_since_param
from .services import api_token_used
from .throttling import ApiAnonThrottle, ApiKeyThrottle

AUDIT_WHAT = "reporting API"

TERM = OpenApiParameter("term", OpenApiTypes.STR, description="Council term id or name; the current term if absent.")
UPDATED_SINCE = OpenApiParameter(
    "updated_since", OpenApiTypes.DATETIME, description="Only people with activity in the course since then."
)
PAGE_SIZE = OpenApiParameter("page_size", OpenApiTypes.INT, description="Rows per page: 100 unless given, at most 500.")
PAGE = [OpenApiParameter("page", OpenApiTypes.INT, description="Page number, from 1."), PAGE_SIZE]
CURSOR = [OpenApiParameter("cursor", OpenApiTypes.STR, description="From the previous page's `next` link."), PAGE_SIZE]
# What selectors.participant_row() reads of a person of selectors.participants().
PERSON_COLUMNS = (
    "pk",
    "first_name",
    "last_name",
    "email",
    "role_codes",
    "status",
    "lessons_done",
    "last_activity_at",
    "completed_at",
)
STATUS = OpenApiParameter("status", OpenApiTypes.STR, enum=list(selectors.Status.labels))


class KeyScopeValid(BasePermission):
    message = _("The person who made this API key may no longer read what it was made for.")

    def has_permission(self, request, view):
        return request.auth is not None and token_scope_valid(request.auth)


class ApiView(GenericAPIView):
    renderer_classes = [JSONRenderer]
    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [IsAuthenticated, KeyScopeValid]
    throttle_classes = [ApiKeyThrottle, ApiAnonThrottle]
    pagination_class = ApiPagination
    audit_municipality = None  # set by views that read one municipality's people

    @property
    def token(self):
        return self.request.auth

    def initial(self, request, *args, **kwargs):
        # Rates are checked before permissions, and after a refused key too, so that trying keys is slowed
        # down like any other use (REST framework checks them only once permissions pass).
        try:
            self.perform_authentication(request)
        finally:
            self.check_throttles(request)
        super().initial(request, *args, **kwargs)

    def check_throttles(self, request):
        if not getattr(request, "_rates_checked", False):
            request._rates_checked = True
            super().check_throttles(request)

    def finalize_response(self, request, response, *args, **kwargs):
        token = getattr(request, "auth", None)
        if (
            token is not None
        ):  # every use of a key, answered or refused; a request without a valid key has no one to name
            api_token_used(token)
            audit_record(
                actor=token.created_by,
                action=AuditEvent.Action.VIEW,
                what=AUDIT_WHAT,
                municipality=self.audit_municipality or token.municipality,
                key=token.prefix,
                path=request.path,
                query={key: value[:100] for key, value in request.query_params.items()},
                status=response.status_code,
            )
        return super().finalize_response(request, response, *args, **kwargs)

    def paged(self, items, serializer_class):
        page = self.paginator.paginate_queryset(items, self.request, view=self)
        return self.paginator.get_paginated_response(serializer_class(page, many=True).data)


class MunicipalityList(ApiView):
    """The municipalities the key may read: its own for a municipality key; the network's members for a
    network key."""

    serializer_class = serializers.MunicipalitySerializer

    @extend_schema(parameters=PAGE, responses=serializers.MunicipalitySerializer(many=True))
    def get(self, request):
        if self.token.municipality_id:
            places = Municipality.objects.filter(pk=self.token.municipality_id)
        else:
            places = Municipality.objects.filter(pk__in=selectors.network_member_ids())
        return self.paged(places.order_by("code"), self.serializer_class)


class TermList(ApiView):
    """Council terms that have started, newest first."""

    serializer_class = serializers.TermSerializer

    @extend_schema(parameters=PAGE, responses=serializers.TermSerializer(many=True))
    def get(self, request):
        current = term_param({})
        terms = [
            {
                "id": t.pk,
                "name": t.name,
                "starts_on": t.starts_on,
                "ends_on": t.ends_on,
                "is_current": t.pk == current.pk,
            }
            for t in started_terms()
        ]
        return self.paged(terms, self.serializer_class)


class CourseList(ApiView):
    """The live courses whose figures belong to the term: those written for it and those for every term."""

    serializer_class = serializers.CourseSerializer

    @extend_schema(parameters=[TERM, *PAGE], responses=serializers.CourseSerializer(many=True))
    def get(self, request):
        return self.paged(courses_for_term(term_param(request.query_params)), self.serializer_class)


def _counts(counts):
    return {
        "people": counts.people,
        "enrolled": counts.enrolled,
        "started": counts.started,
        "completed": counts.completed,
        "by_status": counts.by_status,
    }


class MunicipalityFigures(ApiView):
    """Per course: the municipality's people, enrolled, started and completed, for everyone and per role, as
    on its dashboard, and compared with the network under the small-group rule."""

    serializer_class = serializers.MunicipalityFiguresSerializer
    pagination_class = None

    @extend_schema(parameters=[TERM])
    def get(self, request, code):
        place = self.audit_municipality = municipality_for_token(self.token, code)
        term = term_param(request.query_params)
        courses = courses_for_term(term)
        figures = selectors.municipality_figures(municipality=place, term=term, courses=courses)
        role_rows = selectors.figures_by_role(municipality=place, term=term, courses=courses)
        data = {
            "municipality": place.code,
            "term": term.pk,
            "people": figures.people,
            "courses": [
                {
                    "course": course.id,
                    "everyone": _counts(figures.by_course[course.id]),
                    "by_role": [{"role": row.role, **_counts(row.by_course[course.id])} for row in role_rows],
                    "compared_with_network": figures.comparisons[course.id],
                }
                for course in courses
            ],
        }
        return Response(self.serializer_class(data).data)


class NetworkFigures(ApiView):
    """Per course and member municipality: people, enrolled and completed, under the small-group rule with the
    totals withheld as in the network overview. For network keys."""

    serializer_class = serializers.NetworkFiguresSerializer
    pagination_class = None

    @extend_schema(parameters=[TERM])
    def get(self, request):
        network_token_required(self.token)
        term = term_param(request.query_params)
        courses = []
        for course in courses_for_term(term):
            overview = network_overview(course=course, term=term)
            courses.append({"course": course.id, "members": overview["rows"], "total": overview["total"]})
        return Response(self.serializer_class({"term": term.pk, "courses": courses}).data)


class ParticipantList(ApiView):
    """The municipality's people in the term with their status in the course, by name, as on the dashboard.
    For municipality keys only: a network key never reads people."""

    serializer_class = serializers.ParticipantSerializer
    pagination_class = ParticipantPagination

    @extend_schema(
        parameters=[TERM, STATUS, UPDATED_SINCE, *CURSOR], responses=serializers.ParticipantSerializer(many=True)
    )
    def get(self, request, code, course_id):
        place = self.audit_municipality = municipality_for_token(self.token, code)
        query = request.query_params
        term, status, since = term_param(query), status_param(query), updated_since_param(query)
        course = next((item for item in courses_for_term(term) if item.id == course_id), None)
        if course is None:
            raise NotFound(_("No live course with this id in the council term."))
        # The page's ids first, from the municipality's role rows from where the page starts, then those people
        # in full, so that a page costs the same at any depth and progress and roles are worked out for the
        # page's people only.
        ids = selectors.participant_ids(municipality=place, term=term, course=course, status=status, active_since=since)
        ids = [row["user_id"] for row in self.paginator.paginate_queryset(ids, request, view=self)]
        people = selectors.participants(municipality=place, term=term, course=course)
        # values(), not model instances: the page needs these columns only, and making 500 people's full rows
        # into objects cost more than the queries.
        page = people.filter(pk__in=ids).order_by("pk").values(*PERSON_COLUMNS)
        required_total = len(course.required_lesson_ids)
        # The rows are made here in their final form, not by running the serializer over each (a third of a
        # 500-row page's CPU went to its per-field machinery); dates go through its own date-time field, so
        # the format stays the serializer's (which also describes the rows in the schema).
        moment = self.serializer_class().fields["last_activity_at"].to_representation
        rows = []
        for person in (SimpleNamespace(**values) for values in page):
            row = selectors.participant_row(person, required_total=required_total)
            rows.append(
                {
                    "id": person.pk,
                    "name": row.name,
                    "roles": sorted(set(filter(None, (person.role_codes or "").split(",")))),
                    "status": row.status,
                    "progress_percent": row.progress_percent,
                    "last_activity_at": moment(row.last_activity_at),
                    "completed_at": moment(row.completed_at),
                    "has_new_content": row.has_new_content,
                }
            )
        return self.paginator.get_paginated_response(rows)
