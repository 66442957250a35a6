"""The timeline's rows, rendered in Python (reforms/timeline/rendering.py explains why)."""

from django import template

from reforms.timeline import rendering

register = template.Library()


@register.simple_tag
def timeline_rows(rows):
    return rendering.rows_html(rows)
