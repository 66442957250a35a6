from django import forms
from django.utils.translation import gettext_lazy as _

from alerts.models import TargetKind
from alerts.selectors import target_find


class SubscribeForm(forms.Form):
    """An address and what it follows (named by kind and slug, as the page's hidden fields give them)."""

    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    kind = forms.ChoiceField(choices=TargetKind.choices, widget=forms.HiddenInput)
    target = forms.SlugField(max_length=120, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        if "kind" in data and "target" in data:
            data["followed"] = target_find(data["kind"], data["target"])
            if data["followed"] is None:
                raise forms.ValidationError(_("There is no such reform, area or participant to follow."))
        return data
