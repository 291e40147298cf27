"""Fixtures of the registers' tests: the cast of two organisations (and, in modules that set
`RECORDS_PER_REGISTER = n`, n records of every register in `cast.records[model]`) is built ONCE per test module,
inside a transaction rolled back at the module's end; each test gets a deep copy and its own savepoint, like
Django's setUpTestData."""
import copy

import pytest
from django.db import transaction

from registers.registry import REGISTERS

from .helpers import Cast, form_record, sample_data, variant

@pytest.fixture(scope="module")
def cast_data(request, django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            cast = Cast()
            cast.records = {}
            count = getattr(request.module, "RECORDS_PER_REGISTER", 0)
            for register in REGISTERS if count else ():
                base = sample_data(register, cast.context, cast.unit)
                cast.records[register.model] = [
                    form_record(register, cast.staff, variant(register, base, 100 + i))
                    for i in range(count)
                ]
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
    yield cast
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture
def cast(cast_data, db):
    """`cast_data` for one test: changes are rolled back, Python objects are fresh copies."""
    return copy.deepcopy(cast_data)
