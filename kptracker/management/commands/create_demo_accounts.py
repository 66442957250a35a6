import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from accounts.roles import EDITORS, VIEWERS

# username -> (group, superuser?)
DEMO_ACCOUNTS = {"admin": (None, True), "editor": (EDITORS, False), "viewer": (VIEWERS, False)}


class Command(BaseCommand):
    help = "Create demo admin, editor and viewer accounts with random passwords (development only)."

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError("Demo accounts are for development only; use createsuperuser in production.")
        credentials_file = settings.VAR_DIR / "demo-accounts.txt"
        saved = {}
        if credentials_file.exists():
            for line in credentials_file.read_text(encoding="utf-8").splitlines():
                username, _, password = line.partition(" ")
                saved[username] = password

        User = get_user_model()
        for username, (group_name, is_superuser) in DEMO_ACCOUNTS.items():
            user = User.objects.filter(username=username).first()
            if user is None or username not in saved:
                saved[username] = secrets.token_urlsafe(12)
                user = user or User(username=username)
                user.is_staff = True
                user.is_superuser = is_superuser
                user.set_password(saved[username])
                user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))

        credentials_file.parent.mkdir(parents=True, exist_ok=True)
        credentials_file.write_text("".join(f"{u} {p}\n" for u, p in saved.items()), encoding="utf-8")
        credentials_file.chmod(0o600)
        self.stdout.write("Demo accounts for http://127.0.0.1:8000/admin/ (saved in var/demo-accounts.txt):")
        for username in DEMO_ACCOUNTS:
            self.stdout.write(f"  {username:<7} {saved[username]}")
