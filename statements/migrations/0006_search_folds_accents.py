"""Search folds accents: "Cote d'Ivoire" finds "Côte d’Ivoire", "secretariat" finds "secrétariat".

A text search configuration of our own, English with the unaccent dictionary before the stemmer (the
recipe of PostgreSQL's unaccent documentation), for the stored documents and the queries alike.
unaccent is a trusted extension: the database's owner may create it.
"""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations


def search_document_function(config: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION statements_search_document(title text, organisation bigint, body text) RETURNS tsvector
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT setweight(to_tsvector('{config}'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('{config}'::regconfig, coalesce(
               (SELECT name FROM plenaries_organisation WHERE id = organisation AND NOT proposed), '')), 'B')
        || setweight(to_tsvector('{config}'::regconfig, coalesce(body, '')), 'C')
$$;
UPDATE statements_statement SET search_document = statements_search_document(title, organisation_id, text);
"""


FORWARD = """
CREATE TEXT SEARCH CONFIGURATION kp_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION kp_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
""" + search_document_function("kp_search")
BACKWARD = search_document_function("english") + "DROP TEXT SEARCH CONFIGURATION IF EXISTS kp_search;"


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("statements", "0005_search_document"),
    ]

    operations = [
        UnaccentExtension(),
        migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD)),
    ]
