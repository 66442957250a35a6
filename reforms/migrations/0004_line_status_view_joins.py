"""is_line_head is no longer a column of the stall rule's view: ProposalQuerySet.with_is_line_head() says it,
so a list can filter on it without the view (reforms/line_status.py holds the view's SQL)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("reforms", "0003_line_status_view")]

    operations = [
        migrations.RemoveField(model_name="linestatus", name="is_line_head"),
    ]
