# Production image: gunicorn serves the site, the same image runs the Celery worker and beat.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    DJANGO_ENV=production KP_VAR_DIR=/app/var
WORKDIR /app

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
RUN useradd --system --home /app kp \
    && mkdir -p var/media \
    && DJANGO_SECRET_KEY=collectstatic-only-$(head -c 40 /dev/urandom | od -An -tx1 | tr -d ' \n') \
       DJANGO_ALLOWED_HOSTS=localhost DJANGO_EMAIL_BACKEND=django.core.mail.backends.dummy.EmailBackend \
       python manage.py collectstatic --noinput \
    && chown -R kp var
USER kp

EXPOSE 8000
CMD ["gunicorn", "kptracker.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
