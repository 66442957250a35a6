"""Production refuses to start unsafe; `check --deploy` is clean with real settings."""

import os
import re
import subprocess
import sys

from django.conf import settings


def run_django(env_overrides, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update({"DJANGO_SETTINGS_MODULE": "kptracker.settings", **env_overrides})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        env=env,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        check=False,
    )


PRODUCTION = {
    "DJANGO_ENV": "production",
    "DJANGO_SECRET_KEY": "a-real-secret-" + "x" * 60,
    "DJANGO_ALLOWED_HOSTS": "kp-tracker.example.org",
    "EMAIL_HOST": "smtp.example.org",
    "KP_CORRECTIONS_CONTACT": "corrections@example.org",
}


def test_production_refuses_to_start_without_a_secret_key():
    result = run_django({"DJANGO_ENV": "production", "DJANGO_ALLOWED_HOSTS": "x.org"}, "check")

    assert result.returncode != 0
    assert "Production needs DJANGO_SECRET_KEY" in result.stderr


def test_production_refuses_debug():
    result = run_django({**PRODUCTION, "DJANGO_DEBUG": "1"}, "check")

    assert result.returncode != 0
    assert "DJANGO_DEBUG must be off in production" in result.stderr


def test_a_malformed_boolean_is_a_loud_error():
    result = run_django({"DJANGO_DEBUG": "maybe"}, "check")

    assert result.returncode != 0
    assert "DJANGO_DEBUG='maybe' is not a boolean" in result.stderr


def test_secret_key_can_come_from_a_file(tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("from-a-file-" + "y" * 60)
    env = {**PRODUCTION, "DJANGO_SECRET_KEY_FILE": str(secret)}
    del env["DJANGO_SECRET_KEY"]

    result = run_django(env, "shell", "-c", "from django.conf import settings; print(settings.SECRET_KEY[:12])")

    assert result.stdout.strip().endswith("from-a-file-")


def test_check_deploy_is_clean_in_production_settings():
    result = run_django(PRODUCTION, "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_send_alert_mails_without_an_smtp_host():
    result = run_django({**PRODUCTION, "EMAIL_HOST": ""}, "check")

    assert result.returncode != 0
    assert "Production sends alert mails by SMTP: set EMAIL_HOST" in result.stderr


def test_production_takes_another_mail_backend_without_an_smtp_host():
    env = {**PRODUCTION, "EMAIL_HOST": "", "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}

    result = run_django(env, "check")

    assert result.returncode == 0, result.stderr


def test_production_needs_a_site_address_when_the_first_host_is_a_domain_pattern():
    result = run_django({**PRODUCTION, "DJANGO_ALLOWED_HOSTS": ".example.org"}, "check")

    assert result.returncode != 0
    assert "KP_SITE_URL='https://.example.org': give the site's address" in result.stderr


def test_check_deploy_warns_when_readers_have_nowhere_to_send_corrections():
    env = {key: value for key, value in PRODUCTION.items() if key != "KP_CORRECTIONS_CONTACT"}

    result = run_django(env, "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode != 0
    assert "tracker.W001" in result.stderr and "KP_CORRECTIONS_CONTACT" in result.stderr


def test_production_links_mails_to_the_first_allowed_host_by_default():
    result = run_django(PRODUCTION, "shell", "-c", "from django.conf import settings; print(settings.KP_SITE_URL)")

    assert result.stdout.strip().endswith("https://kp-tracker.example.org")


def test_the_docker_images_build_step_starts_with_its_own_settings():
    # The image is built with DJANGO_ENV=production and collects static files at build time, before any
    # deployment's environment exists: the variables that step sets must be enough for the settings.
    dockerfile = (settings.BASE_DIR / "Dockerfile").read_text()
    step = re.search(r"DJANGO_SECRET_KEY=[^\n]*\n(.*?)python manage\.py collectstatic", dockerfile, re.S)
    build_env = dict(re.findall(r"\b([A-Z_]+)=(\S+)", step.group(1)))

    result = run_django({"DJANGO_ENV": "production", "DJANGO_SECRET_KEY": "b" * 60, **build_env}, "check")

    assert "DJANGO_ALLOWED_HOSTS" in build_env
    assert result.returncode == 0, result.stderr
