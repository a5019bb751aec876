"""What the API answers, field by field: plain read-only serializers, so that drf-spectacular can describe
each answer in the OpenAPI schema."""

from rest_framework import serializers

from participation.selectors import Status


class MunicipalitySerializer(serializers.Serializer):
    code = serializers.CharField()
    name_fi = serializers.CharField()
    name_sv = serializers.CharField()


class TermSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    starts_on = serializers.DateField()
    ends_on = serializers.DateField()
    is_current = serializers.BooleanField()


class ModuleSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    required_lessons = serializers.SerializerMethodField()

    def get_required_lessons(self, module) -> int:
        return len(module.required_lesson_ids)


class CourseSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()
    council_term = serializers.IntegerField(source="council_term_id", allow_null=True)
    modules = ModuleSerializer(many=True)


class ComparedFigureSerializer(serializers.Serializer):
    """A figure under the small-group rule: count and percent are null when hidden."""

    count = serializers.SerializerMethodField()
    percent = serializers.IntegerField(source="shown_percent", allow_null=True)
    hidden = serializers.BooleanField(source="count_hidden")
    percent_hidden = serializers.BooleanField()

    def get_count(self, figure) -> int | None:
        return None if figure.count_hidden else figure.count


class CountsSerializer(serializers.Serializer):
    people = serializers.IntegerField()
    enrolled = serializers.IntegerField()
    started = serializers.IntegerField()
    completed = serializers.IntegerField()
    by_status = serializers.DictField(child=serializers.IntegerField())


class ComparisonSerializer(serializers.Serializer):
    enrolled = ComparedFigureSerializer()
    completed = ComparedFigureSerializer()
    network_enrolled = ComparedFigureSerializer()
    network_completed = ComparedFigureSerializer()


class RoleCountsSerializer(CountsSerializer):
    role = serializers.CharField()


class CourseFiguresSerializer(serializers.Serializer):
    course = serializers.IntegerField()
    everyone = CountsSerializer()
    by_role = RoleCountsSerializer(many=True)
    compared_with_network = ComparisonSerializer()


class MunicipalityFiguresSerializer(serializers.Serializer):
    municipality = serializers.CharField()
    term = serializers.IntegerField()
    people = serializers.IntegerField()
    courses = CourseFiguresSerializer(many=True)


class MemberFiguresSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    people = ComparedFigureSerializer()
    enrolled = ComparedFigureSerializer()
    completed = ComparedFigureSerializer()


class NetworkCourseSerializer(serializers.Serializer):
    course = serializers.IntegerField()
    members = MemberFiguresSerializer(many=True)
    total = MemberFiguresSerializer()


class NetworkFiguresSerializer(serializers.Serializer):
    term = serializers.IntegerField()
    courses = NetworkCourseSerializer(many=True)


class ParticipantSerializer(serializers.Serializer):
    """One person of the participant list: the same fields as the dashboard's list and its CSV export."""

    id = serializers.IntegerField()
    name = serializers.CharField()
    roles = serializers.ListField(child=serializers.CharField())
    status = serializers.ChoiceField(choices=list(Status.labels))
    progress_percent = serializers.IntegerField()
    last_activity_at = serializers.DateTimeField(allow_null=True)
    completed_at = serializers.DateTimeField(allow_null=True)
    has_new_content = serializers.BooleanField()
