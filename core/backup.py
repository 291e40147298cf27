"""Backup and restore of everything: all apps' data (history, users and tokens included) and the media files.

A backup is one zip file:
- `data.json`: `dumpdata` (lossless JSON: `core.serializers.fulljson`) of every model except those Django rebuilds itself (content types and permissions are
  referenced by natural key, sessions are dropped), primary keys kept;
- `manifest.json`: when, which database engine, the migrations applied and the row count of every model;
- `media/…`: the uploaded files (MEDIA_ROOT).
`restore` empties the database (flush), loads `data.json`, copies the media back and checks the counts against the
manifest. Used by `manage.py backup` / `manage.py restore`.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import zipfile
from io import StringIO
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from django.test.utils import override_settings

FORMAT_VERSION = 1
EXCLUDED = ["contenttypes", "auth.permission", "sessions.session"]


class BackupError(Exception):
    """A backup cannot be written or restored; the message is for the operator, in Vietnamese."""


def _excluded_models() -> set:
    models = set()
    for label in EXCLUDED:
        if "." in label:
            models.add(apps.get_model(label))
        else:
            models.update(apps.get_app_config(label).get_models())
    return models


def model_counts() -> dict[str, int]:
    excluded = _excluded_models()
    return {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models(include_auto_created=True)
        if model not in excluded and model._meta.managed and not model._meta.proxy
    }


def backup_create(*, path: Path) -> dict:
    """Write the backup zip to `path`; returns the manifest."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    applied = sorted(f"{app}.{name}" for app, name in MigrationRecorder(connections[DEFAULT_DB_ALIAS]).applied_migrations())
    with tempfile.TemporaryDirectory() as tmp:
        data_file = Path(tmp) / "data.json"
        with transaction.atomic():  # one consistent snapshot (PostgreSQL: repeatable within the transaction's reads)
            call_command(
                "dumpdata", *[f"--exclude={label}" for label in EXCLUDED], natural_foreign=True, indent=None,
                format="fulljson", output=str(data_file), verbosity=0,
            )
            manifest = {
                "format": FORMAT_VERSION,
                "created_at": dt.datetime.now(dt.timezone.utc).isoformat(),
                "database": connections[DEFAULT_DB_ALIAS].vendor,
                "migrations": applied,
                "counts": model_counts(),
                "media": [],
            }
        media_root = Path(settings.MEDIA_ROOT)
        media_files = sorted(p for p in media_root.rglob("*") if p.is_file()) if media_root.exists() else []
        manifest["media"] = [str(p.relative_to(media_root)) for p in media_files]
        partial = path.with_suffix(path.suffix + ".part")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.write(data_file, "data.json")
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            for file in media_files:
                archive.write(file, f"media/{file.relative_to(media_root)}")
        os.replace(partial, path)
    return manifest


def read_manifest(path: Path) -> dict:
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            archive.getinfo("data.json")
    except (FileNotFoundError, zipfile.BadZipFile, KeyError, json.JSONDecodeError) as exc:
        raise BackupError(f"Tệp {path} không phải là bản sao lưu của sokhcn ({exc}).") from exc
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"Bản sao lưu định dạng {manifest.get('format')} không được hỗ trợ.")
    return manifest


def backup_restore(*, path: Path, stdout=None) -> dict:
    """Replace the whole database (and copy the media files) with the content of the backup at `path`."""
    path = Path(path)
    manifest = read_manifest(path)
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        raise BackupError("Cơ sở dữ liệu chưa được cập nhật cấu trúc: hãy chạy `manage.py migrate` trước khi khôi phục.")
    applied = {f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations()}
    missing = sorted(set(manifest["migrations"]) - applied)
    if missing:
        raise BackupError("Bản sao lưu được tạo với phiên bản mới hơn (thiếu migration: %s)." % ", ".join(missing[:5]))
    media_root = Path(settings.MEDIA_ROOT).resolve()
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path) as archive:
        data_file = Path(tmp) / "data.fulljson"  # the extension names the (lossless JSON) format for loaddata
        data_file.write_bytes(archive.read("data.json"))
        with transaction.atomic():
            call_command("flush", interactive=False, verbosity=0)
            # the change log is restored as it was: no new history rows while loading (m2m signals would add some)
            with override_settings(SIMPLE_HISTORY_ENABLED=False):
                call_command("loaddata", str(data_file), verbosity=0, stdout=StringIO())
            counts = model_counts()
            wrong = {label: (n, counts.get(label)) for label, n in manifest["counts"].items() if counts.get(label) != n}
            if wrong:
                raise BackupError(f"Khôi phục không khớp số bản ghi: {wrong}")
        for name in archive.namelist():
            if not name.startswith("media/") or name.endswith("/"):
                continue
            target = (media_root / name[len("media/"):]).resolve()
            if media_root not in target.parents:
                raise BackupError(f"Đường dẫn tệp không hợp lệ trong bản sao lưu: {name}")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(name))
    if stdout:
        stdout.write(f"Đã khôi phục {sum(manifest['counts'].values())} bản ghi và {len(manifest['media'])} tệp.")
    return manifest
