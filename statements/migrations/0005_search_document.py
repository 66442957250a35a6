"""A stored, indexed search document for each statement, kept by PostgreSQL itself.

The functions keep the search path they were created with, so a restore that runs with another one
(pg_restore sets it empty) still finds the tables.

Triggers rather than Django signals, so that every write keeps it current: the admin, the API,
ingestion, the dataset loader's bulk writes, and an organisation renamed, accepted or merged.
On other databases the column stays empty (their search does not read it).
"""

import django.contrib.postgres.search
from django.db import migrations

# Title A, the organisation's name B (only once it is public), text C; all with English stemming, as
# the query is (a name kept unstemmed would not match "watchers", which the query reads "watcher").
CREATE = """
CREATE FUNCTION statements_search_document(title text, organisation bigint, body text) RETURNS tsvector
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(
               (SELECT name FROM plenaries_organisation WHERE id = organisation AND NOT proposed), '')), 'B')
        || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C')
$$;

-- The triggers name no column (no UPDATE OF, no WHEN): PostgreSQL refuses to alter the type of a column a
-- trigger's definition names, and a later migration may well widen a title or a name.
CREATE FUNCTION statements_statement_search_refresh() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    -- A write that leaves the title, text, organisation and document as they were (a review status) keeps
    -- the document; a document written back stale (an instance loaded before its organisation was renamed)
    -- or emptied (by the organisation trigger below) is made anew.
    IF TG_OP = 'INSERT' OR NEW.title IS DISTINCT FROM OLD.title OR NEW.text IS DISTINCT FROM OLD.text
        OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id
        OR NEW.search_document IS DISTINCT FROM OLD.search_document THEN
        NEW.search_document := statements_search_document(NEW.title, NEW.organisation_id, NEW.text);
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER statements_statement_search
    BEFORE INSERT OR UPDATE ON statements_statement
    FOR EACH ROW EXECUTE FUNCTION statements_statement_search_refresh();

CREATE FUNCTION statements_organisation_search_refresh() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    IF NEW.name IS DISTINCT FROM OLD.name OR NEW.proposed IS DISTINCT FROM OLD.proposed THEN
        UPDATE statements_statement SET search_document = NULL WHERE organisation_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER plenaries_organisation_search
    AFTER UPDATE ON plenaries_organisation
    FOR EACH ROW EXECUTE FUNCTION statements_organisation_search_refresh();

UPDATE statements_statement SET search_document = statements_search_document(title, organisation_id, text);
CREATE INDEX statement_search_idx ON statements_statement USING gin (search_document);
"""

DROP = """
DROP INDEX IF EXISTS statement_search_idx;
DROP TRIGGER IF EXISTS plenaries_organisation_search ON plenaries_organisation;
DROP TRIGGER IF EXISTS statements_statement_search ON statements_statement;
DROP FUNCTION IF EXISTS statements_organisation_search_refresh();
DROP FUNCTION IF EXISTS statements_statement_search_refresh();
DROP FUNCTION IF EXISTS statements_search_document(text, bigint, text);
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("statements", "0004_extraction_evidence"),
        ("plenaries", "0005_organisation_proposed"),
    ]

    operations = [
        migrations.AddField(
            model_name="statement",
            name="search_document",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP)),
    ]
