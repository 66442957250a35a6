"""The two staff roles and exactly what each may do in admin.

Editors enter and correct plenaries, outcomes, positions and statements, review the
organisations ingestion proposes, and can read everything else (autocomplete needs it). Viewers read everything.
A migration calls ``roles_sync``; a later model that editors must manage gets a
new migration calling it again.
"""

EDITORS = "Editors"
VIEWERS = "Viewers"

TRACKED_APPS = ["plenaries", "reforms", "statements"]

# model label -> actions editors get beyond "view"
EDITOR_ACTIONS = {
    "plenaries.plenary": ["add", "change"],
    "plenaries.openquestion": ["add", "change"],
    # Accepting, or merging, the organisations ingestion proposes (plenaries.services).
    "plenaries.organisation": ["change"],
    "reforms.milestone": ["add", "change", "delete"],
    "reforms.outcome": ["add", "change", "delete"],
    "reforms.position": ["add", "change", "delete"],
    "statements.statement": ["add", "change"],
    "statements.areamention": ["add", "change", "delete"],
    "statements.quote": ["add", "change", "delete"],
    "statements.source": ["add", "change"],
    "statements.rawdocument": ["add", "change"],
}


def roles_sync(apps, schema_editor=None):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    tracked = Permission.objects.filter(content_type__app_label__in=TRACKED_APPS).exclude(
        content_type__model__startswith="historical"
    )

    viewers, _ = Group.objects.get_or_create(name=VIEWERS)
    viewers.permissions.set(tracked.filter(codename__startswith="view_"))

    editor_codenames = {f"view_{p.content_type.model}" for p in tracked.select_related("content_type")}
    for label, actions in EDITOR_ACTIONS.items():
        model = label.split(".")[1]
        editor_codenames.update(f"{action}_{model}" for action in actions)
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.set(tracked.filter(codename__in=editor_codenames))
