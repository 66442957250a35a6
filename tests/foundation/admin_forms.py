"""Turn a rendered admin change page into the POST data a browser would send back."""


def _field_data(form, data):
    for name, _field in form.fields.items():
        value = form[name].value()
        if value is None or value is False:
            continue
        if isinstance(value, list | tuple):
            data[form.add_prefix(name)] = [str(v) for v in value]
        elif value is True:
            data[form.add_prefix(name)] = "on"
        else:
            data[form.add_prefix(name)] = str(value)


def admin_post_data(response) -> dict:
    data = {}
    _field_data(response.context["adminform"].form, data)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for form in formset.forms:
            _field_data(form, data)
    return data
