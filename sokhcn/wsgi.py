"""WSGI entry point: `gunicorn sokhcn.wsgi`."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sokhcn.settings")
application = get_wsgi_application()
