from django.core.management.base import BaseCommand

from alerts.tasks import send_alert_digests


class Command(BaseCommand):
    help = (
        "Send today's e-mail alerts now, as Celery beat does once a day: at most one message per address a day, "
        "only to addresses whose reforms, areas or participants changed. Also deletes expired requests."
    )

    def handle(self, *args, **options):
        queued = send_alert_digests()
        self.stdout.write(f"{queued} address(es) due; each gets a message if what it follows changed.")
