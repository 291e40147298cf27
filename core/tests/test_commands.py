"""Management commands of the foundation: load_demo, generate_data, backup / restore."""
import zipfile
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import transaction
from rest_framework.authtoken.models import Token

from core import demo
from core.models import DomainEvent, Membership, Organisation, Unit, User


def run(*args, **kwargs) -> str:
    out = StringIO()
    call_command(*args, stdout=out, **kwargs)
    return out.getvalue()


def test_load_demo_creates_the_three_organisations_and_is_idempotent(db):
    output = run("load_demo")
    assert set(Organisation.objects.values_list("code", flat=True)) >= {"quang-tri", "bac-kan", "ninh-thuan"}
    qt = Organisation.objects.get(code="quang-tri")
    assert set(Unit.objects.filter(organisation=qt).values_list("code", flat=True)) >= {
        "van-phong", "qlkh", "qlcn-dmst", "tdc", "khtc", "thanh-tra", "tt-nccgcn", "tt-ktdc", "chi-doan"}
    leaders = {m.user.full_name: m.position for m in Membership.objects.filter(organisation=qt).select_related("user")}
    assert leaders["Trần Ngọc Lâm"] == "Giám đốc"
    assert leaders["Nguyễn Hữu Thắng"] == "Phó Giám đốc"
    assert leaders["Trần Thị Nhung"] == "Chánh Văn phòng"
    assert "giamdoc" in output and demo.DEMO_PASSWORD in output
    assert User.objects.get(username="giamdoc").check_password(demo.DEMO_PASSWORD)
    snapshot = [list(model.objects.order_by("pk").values()) for model in (Organisation, Unit, Membership, User)]
    history = [model.history.count() for model in (Organisation, Unit, Membership)]
    run("load_demo", "--quiet")
    assert [list(model.objects.order_by("pk").values()) for model in (Organisation, Unit, Membership, User)] == snapshot
    assert [model.history.count() for model in (Organisation, Unit, Membership)] == history


def _core_snapshot():
    return (
        list(Organisation.objects.filter(code__startswith="gen-").order_by("code").values_list("code", "name", "province")),
        list(Unit.objects.filter(organisation__code__startswith="gen-").order_by("organisation__code", "code")
             .values_list("organisation__code", "code", "name")),
        list(Membership.objects.filter(organisation__code__startswith="gen-").order_by("user__username")
             .values_list("user__username", "user__full_name", "unit__code", "position", "roles")),
    )


def test_generate_data_core_is_deterministic(db):
    snapshots = []
    for _ in range(2):
        with transaction.atomic():
            run("generate_data", "--orgs", "2", "--years", "1", "--seed", "7", "--only", "core")
            snapshots.append(_core_snapshot())
            transaction.set_rollback(True)
    orgs, units, people = snapshots[0]
    assert snapshots[0] == snapshots[1]
    assert [code for code, *_ in orgs] == ["gen-1", "gen-2"]
    assert len(units) == 20
    assert 120 <= len(people) <= 170
    assert not Organisation.objects.filter(code="gen-1").exists()  # rolled back
    with transaction.atomic():
        run("generate_data", "--orgs", "1", "--seed", "8", "--only", "core")
        assert _core_snapshot()[2] != [p for p in people if p[0].startswith("gen1.")]
        transaction.set_rollback(True)


def test_generated_people_can_log_in_and_are_searchable(client, db):
    run("generate_data", "--orgs", "1", "--seed", "3", "--only", "core")
    director = Membership.objects.get(user__username="gen1.gd")
    assert director.is_director and director.user.check_password("sokhcn-demo-2025")
    assert Membership.objects.filter(organisation=director.organisation, units_in_charge__isnull=False).distinct().count() == 3
    folded = director.user.full_name
    from core.text import fold

    assert Membership.objects.filter(organisation=director.organisation).search(fold(folded)).filter(pk=director.pk).exists()
    assert Unit.history.filter(organisation=director.organisation).count() == 10  # bulk-created with history


def test_generate_data_refuses_to_run_twice(db):
    run("generate_data", "--orgs", "1", "--only", "core")
    with pytest.raises(CommandError, match="Đã có tổ chức gen-1"):
        run("generate_data", "--orgs", "1", "--only", "core")


@pytest.mark.slow
def test_generate_data_runs_every_app(db):
    output = run("generate_data", "--orgs", "1", "--years", "1", "--seed", "1")
    assert "gen-1" in output and "Xong" in output
    assert Membership.objects.filter(organisation__code="gen-1").count() > 50


# -- backup / restore ------------------------------------------------------------------------------------------


@pytest.fixture
def media_file():
    path = Path(settings.MEDIA_ROOT) / "backup-test" / "van-ban.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("Báo cáo số 12/BC-SKHCN", encoding="utf-8")
    yield path
    path.unlink(missing_ok=True)


@pytest.mark.django_db(transaction=True)
def test_backup_restore_round_trip_loses_nothing(tmp_path, media_file, client):
    from core.backup import model_counts
    from core.testing import login

    run("load_demo", "--quiet")
    quantri = Membership.objects.get(user__username="quantri")
    login(client, quantri)
    unit = Unit.objects.get(organisation=quantri.organisation, code="qlkh")
    client.post(f"/he-thong/don-vi/{unit.pk}/sua/", {"name": "Phòng Quản lý Khoa học (đổi tên)", "code": "qlkh",
                                                      "kind": "phong", "display_order": 40})
    token = Token.objects.create(user=quantri.user)
    DomainEvent.objects.create(organisation=quantri.organisation, kind="TEST_EVENT", subject=unit, actor=quantri.user)
    before = model_counts()
    unit_before = Unit.objects.filter(pk=unit.pk).values().get()
    history_before = list(Unit.history.filter(id=unit.pk).order_by("history_id").values())
    password_hash = User.objects.get(username="giamdoc").password

    archive = tmp_path / "sokhcn.zip"
    assert "Đã sao lưu" in run("backup", "--out", str(archive))
    with zipfile.ZipFile(archive) as zf:
        assert {"data.json", "manifest.json", "media/backup-test/van-ban.txt"} <= set(zf.namelist())

    # damage everything, then restore
    Membership.objects.filter(user__username="chuyenvien").delete()
    Unit.objects.filter(pk=unit.pk).update(name="hỏng")
    media_file.unlink()
    with pytest.raises(CommandError, match="--yes"):
        run("restore", str(archive))
    assert Unit.objects.get(pk=unit.pk).name == "hỏng"  # refused without --yes: nothing changed
    run("restore", str(archive), "--yes")

    assert model_counts() == before
    assert Unit.objects.filter(pk=unit.pk).values().get() == unit_before
    assert list(Unit.history.filter(id=unit.pk).order_by("history_id").values()) == history_before
    assert Unit.history.filter(id=unit.pk).first().history_user.username == "quantri"
    assert User.objects.get(username="giamdoc").password == password_hash
    assert Token.objects.get(user__username="quantri").key == token.key
    event = DomainEvent.objects.get(kind="TEST_EVENT")
    assert event.subject == Unit.objects.get(pk=unit.pk)
    assert media_file.read_text(encoding="utf-8") == "Báo cáo số 12/BC-SKHCN"
    assert Membership.objects.filter(user__username="chuyenvien").exists()
    # the restored database keeps working: new rows get fresh ids
    new_unit = Unit.objects.create(organisation=unit.organisation, code="moi", name="Đơn vị mới")
    assert new_unit.pk > max(u for u in Unit.objects.exclude(pk=new_unit.pk).values_list("pk", flat=True))


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path, db):
    bad = tmp_path / "khong-phai.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(CommandError, match="không phải là bản sao lưu"):
        run("restore", str(bad), "--yes")
