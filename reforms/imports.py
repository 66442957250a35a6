"""CSV/XLSX export and re-import of outcomes and positions (django-import-export).

The columns use natural keys (proposal slug, "2019 plenary", participant slug), so
a file exported, corrected in a spreadsheet and imported again updates the same rows.
"""

from django.core.exceptions import ValidationError
from import_export import fields, resources, widgets

from plenaries.models import Participant, Plenary
from reforms.models import Outcome, Position, ReformProposal


class MeetingWidget(widgets.Widget):
    """A meeting as "<year> <kind>", e.g. "2019 plenary" or "2019 intersessional"."""

    def clean(self, value, row=None, **kwargs):
        text = str(value or "").strip()
        year, _, kind = text.partition(" ")
        if not year.isdigit():
            raise ValueError(f'"{text}" is not a meeting: write it as "2019 plenary" or "2019 intersessional".')
        try:
            return Plenary.objects.get(year=int(year), kind=(kind.strip() or "plenary").lower())
        except Plenary.DoesNotExist:
            raise ValueError(f'No meeting "{text}" is recorded; add it in admin first.') from None

    def render(self, value, obj=None, **kwargs):
        return f"{value.year} {value.kind}" if value else ""


class SlugWidget(widgets.ForeignKeyWidget):
    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(f'No {self.model._meta.verbose_name} with slug "{value}".') from None


class _NaturalKeyResource(resources.ModelResource):
    """Reports model validation errors under the spreadsheet's column names ("meeting", not "plenary")."""

    def get_or_init_instance(self, instance_loader, row):
        # A key column naming nothing ("no-such-reform") would otherwise be a row *error*, and the preview
        # then lists only such errors, hiding every other row's mistakes: make it that row's validation error.
        try:
            return super().get_or_init_instance(instance_loader, row)
        except ValueError:
            errors = {}
            for name in self.get_import_id_fields():
                try:
                    self.fields[name].clean(row)
                except ValueError as error:
                    errors[self.fields[name].column_name] = [str(error)]
            if not errors:
                raise
            raise ValidationError(errors) from None

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        try:
            super().validate_instance(instance, import_validation_errors, validate_unique)
        except ValidationError as error:
            columns = {field.attribute: field.column_name for field in self.fields.values()}
            raise ValidationError(
                {columns.get(name, name): messages for name, messages in error.message_dict.items()}
            ) from None


class OutcomeResource(_NaturalKeyResource):
    proposal = fields.Field("proposal", "proposal", SlugWidget(ReformProposal, "slug"))
    meeting = fields.Field("plenary", "meeting", MeetingWidget())

    class Meta:
        model = Outcome
        fields = ["proposal", "meeting", "decision", "summary", "source_url", "more_sources", "verified"]
        export_order = fields
        import_id_fields = ["proposal", "meeting"]
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True


class PositionResource(_NaturalKeyResource):
    proposal = fields.Field("proposal", "proposal", SlugWidget(ReformProposal, "slug"))
    meeting = fields.Field("plenary", "meeting", MeetingWidget())
    participant = fields.Field("participant", "participant", SlugWidget(Participant, "slug"))

    class Meta:
        model = Position
        fields = [
            "proposal",
            "meeting",
            "participant",
            "stance",
            "reported_by",
            "confidence",
            "note",
            "source_url",
            "more_sources",
            "verified",
        ]
        export_order = fields
        import_id_fields = ["proposal", "meeting", "participant", "reported_by", "stance"]
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
