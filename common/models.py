"""The one table of the bottom layer: the durable copy of the data version (see common/cache.py)."""

from django.db import models


class DataVersion(models.Model):
    """Read when the cache is cold (first start, flushed Redis), so Last-Modified stays true."""

    number = models.BigIntegerField()
    changed_at = models.DateTimeField(null=True)

    class Meta:
        verbose_name = "data version"

    def __str__(self):
        return f"{self.number} ({self.changed_at:%Y-%m-%d %H:%M})" if self.changed_at else str(self.number)
