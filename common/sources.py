"""Source links: every fact in the tracker says where it comes from, and who published it.

A sourced record has one required ``source_url`` and optional ``more_sources`` (one URL per
line), which keeps the admin form a plain text box for editors. The main source must be an
absolute https link in its canonical form, and not a mirror: a copy of someone else's document
on a preview server or a document-sharing site may back a fact up, never stand for it.
"""

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit, urlunsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

_url_validator = URLValidator(schemes=["http", "https"])


class SourceKind(models.TextChoices):
    OFFICIAL = "official", _("official record")
    OBSERVER = "observer", _("KP observer")
    PRESS = "press", _("press report")
    REFERENCE = "reference", _("reference work")
    COPY = "copy", _("unofficial copy")
    OTHER = "other", _("other publisher")

    @classmethod
    def secondary(cls) -> set[str]:
        """Kinds that only report what others said or decided."""
        return {cls.PRESS, cls.REFERENCE}


# Hosts that republish other people's documents. A link there may be kept as a further
# source, never as the main one (the audit of December 2026 found 29 links to one of them).
MIRROR_HOSTS = {
    "public-preview-server.prod.cstreetsandbox.com": "US State Department preview mirror",
    "sde-client-stage.azurewebsites.net": "staging copy of a retailer's site",
    "doczz.fr": "doczz (document sharing)",
    "fdocuments.in": "fdocuments (document sharing)",
    "vdocuments.net": "vdocuments (document sharing)",
    "wixlib.com": "wixlib (document sharing)",
    "scribd.com": "Scribd (document sharing)",
    "slideshare.net": "SlideShare (document sharing)",
    "issuu.com": "Issuu (document reader)",
    "gilcert.com": "gilcert (copy of the participant list)",
    "pressclub.be": "Press Club Brussels (republication)",
    "usregs.ai": "usregs.ai (summary of the Federal Register)",
}

# Spellings of one site that should be written one way.
HOST_SPELLINGS = {
    "kimberleyprocess.com": "www.kimberleyprocess.com",
    "gjepc.org": "www.gjepc.org",
    "rubel-menasche.com": "www.rubel-menasche.com",
    "republicofmining.com": "www.republicofmining.com",
    "gov.uk": "www.gov.uk",
}

# Query parameters that pick a rendering of a page (AMP, language, tracking), not a page.
_NOISE_PARAMETERS = {"hs_amp", "amp", "hslang", "fbclid", "gclid", "ref"}

_O, _B, _P, _R = SourceKind.OFFICIAL, SourceKind.OBSERVER, SourceKind.PRESS, SourceKind.REFERENCE

# Who publishes what we cite: the name readers know, and what kind of source it is.
PUBLISHERS = {
    "kimberleyprocess.com": ("Kimberley Process", _O),
    "state.gov": ("US State Department", _O),
    "europa.eu": ("European Union", _O),
    "fpi.ec.europa.eu": ("European Commission (FPI)", _O),
    "ec.europa.eu": ("European Commission", _O),
    "european-union.europa.eu": ("European Union", _O),
    "eeas.europa.eu": ("EU External Action Service", _O),
    "un.org": ("United Nations", _O),
    "press.un.org": ("United Nations", _O),
    "gov.uk": ("UK Government", _O),
    "sanews.gov.za": ("South African Government News Agency", _O),
    "federalregister.gov": ("US Federal Register", _O),
    "govinfo.gov": ("US Government Publishing Office", _O),
    "thefederalregister.org": ("US Federal Register (copy)", _O),
    "sso.agc.gov.sg": ("Singapore Statutes Online", _O),
    "eswatinitradeportal.com": ("Eswatini Trade Portal", _O),
    "economy.gov.lb": ("Lebanese Ministry of Economy", _O),
    "worlddiamondcouncil.org": ("World Diamond Council", _B),
    "worlddiamondcouncil.com": ("World Diamond Council", _B),
    "kpcivilsociety.org": ("KP Civil Society Coalition", _B),
    "ipisresearch.be": ("IPIS", _B),
    "zela.org": ("ZELA", _B),
    "globalwitness.org": ("Global Witness", _B),
    "impacttransform.org": ("IMPACT", _B),
    "hrw.org": ("Human Rights Watch", _B),
    "relufa.org": ("RELUFA", _B),
    "ddiglobal.org": ("Diamond Development Initiative", _B),
    "gjepc.org": ("Gem & Jewellery Export Promotion Council", _B),
    "wfdb.com": ("World Federation of Diamond Bourses", _B),
    "rapaportfairtrade.com": ("Rapaport", _P),
    "rapaport.com": ("Rapaport", _P),
    "nationaljeweler.com": ("National Jeweler", _P),
    "idexonline.com": ("IDEX Online", _P),
    "reuters.com": ("Reuters", _P),
    "in.reuters.com": ("Reuters", _P),
    "rubel-menasche.com": ("Rubel & Ménasché (reprint of trade press)", _P),
    "retailjewellerme.com": ("Retail Jeweller Middle East", _P),
    "thegazette.news": ("The Gazette (Botswana)", _P),
    "minestomarket.news": ("Mines to Market", _P),
    "instoremag.com": ("INSTORE", _P),
    "jckonline.com": ("JCK", _P),
    "gems2jewellery.com": ("Gems2Jewellery", _P),
    "theretailjeweler.com": ("The Retail Jeweler", _P),
    "diamondworld.net": ("Diamond World", _P),
    "newsletter.en.creamermedia.com": ("Mining Weekly", _P),
    "miningweekly.com": ("Mining Weekly", _P),
    "pambazuka.org": ("Pambazuka News", _P),
    "professionaljeweler.com": ("Professional Jeweler", _P),
    "middiamonds.com": ("MID Diamonds", _P),
    "rough-polished.com": ("Rough & Polished", _P),
    "rough-polished.expert": ("Rough & Polished", _P),
    "news.canadianminingreport.com": ("Canadian Mining Report", _P),
    "finanzen.at": ("finanzen.at", _P),
    "thediamondpress.com": ("The Diamond Press", _P),
    "gemtradenet.blogspot.com": ("Gem Trade Net (blog)", _P),
    "republicofmining.com": ("Republic of Mining (reprint)", _P),
    "mg.co.za": ("Mail & Guardian", _P),
    "diamond-portal.net": ("Diamond Portal", _P),
    "awoko.org": ("Awoko", _P),
    "neweralive.na": ("New Era (Namibia)", _P),
    "canadianjeweller.blogspot.com": ("Canadian Jeweller (blog)", _P),
    "chronicle.co.zw": ("The Chronicle (Zimbabwe)", _P),
    "thejewelrymagazine.com": ("The Jewelry Magazine", _P),
    "heerazhaveraat.com": ("Heera Zhaveraat", _P),
    "wired-gov.net": ("Wired-Gov", _P),
    "harvardilj.org": ("Harvard International Law Journal", _P),
    "jewellerybusiness.com": ("Jewellery Business", _P),
    "jewellerynewsindia.com": ("Jewellery News India", _P),
    "ghanaguardian.com": ("Ghana Guardian", _P),
    "trendsnafrica.com": ("Trends N Africa", _P),
    "thestar.com.my": ("The Star", _P),
    "thevoicebw.com": ("The Voice (Botswana)", _P),
    "mmegi.bw": ("Mmegi", _P),
    "aninews.in": ("ANI", _P),
    "voazimbabwe.com": ("VOA Zimbabwe", _P),
    "voanews.com": ("Voice of America", _P),
    "northernminer.com": ("The Northern Miner", _P),
    "secure.northernminer.com": ("The Northern Miner", _P),
    "thediamondloupe.com": ("The Diamond Loupe", _P),
    "publicnow.com": ("PublicNow (republication)", _P),
    "miragenews.com": ("Mirage News (republication)", _P),
    "preciousworld.online": ("Precious World", _P),
    "revistaangolaminas.ao": ("Revista Angola Minas", _P),
    "onlydiamonds.com": ("Only Diamonds", _P),
    "thediamondworks.co.za": ("The Diamond Works", _P),
    "jewellerymonthly.co.uk": ("Jewellery Monthly", _P),
    "jewelleryworld.net.au": ("Jewellery World", _P),
    "thezimbabwean.co": ("The Zimbabwean", _P),
    "commondreams.org": ("Common Dreams (newswire)", _P),
    "maliactu.net": ("Maliactu", _P),
    "malijet.com": ("Malijet", _P),
    "modernghana.com": ("Modern Ghana", _P),
    "ghanaweb.com": ("GhanaWeb", _P),
    "taipeitimes.com": ("Taipei Times", _P),
    "nouvellesplus.com": ("Nouvelles Plus", _P),
    "allafrica.com": ("AllAfrica", _P),
    "archive.kubatana.net": ("Kubatana archive", _P),
    "mwebantu.news": ("Mwebantu", _P),
    "en.sputniknews.africa": ("Sputnik Africa", _P),
    "strtrade.com": ("STR Trade Report", _P),
    "sundaystandard.info": ("Sunday Standard", _P),
    "today.thefinancialexpress.com.bd": ("The Financial Express (Bangladesh)", _P),
    "en.wikipedia.org": ("Wikipedia", _R),
    "diamondhelpers.com": ("Diamond Helpers (glossary)", _R),
}


def _bare(host: str) -> str:
    return host.removeprefix("www.")


def _lookup(table: dict, host: str):
    """The entry for a host or the nearest parent domain listed (m.state.gov → state.gov)."""
    host = _bare(host)
    while host:
        if host in table:
            return table[host]
        host = host.partition(".")[2]
    return None


def canonical_url(url: str) -> str:
    """The one way to write a link: https, the host as the site spells it, no AMP or tracking parameters."""
    parts = urlsplit((url or "").strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return (url or "").strip()
    host = parts.hostname.rstrip(".")
    host = HOST_SPELLINGS.get(host, host)
    netloc = host if parts.port in (None, 80, 443) else f"{host}:{parts.port}"
    # Drop noise parameters but keep the others exactly as written (re-encoding could change them).
    query = "&".join(pair for pair in parts.query.split("&") if pair and not _is_noise(pair.partition("=")[0]))
    return urlunsplit(("https", netloc, parts.path or "/", query, ""))


def _is_noise(parameter: str) -> bool:
    name = parameter.lower()
    return name in _NOISE_PARAMETERS or name.startswith("utm_")


def mirror_of(url: str) -> str | None:
    """What kind of mirror a link points at, or None when it is the publisher's own site."""
    host = urlsplit(url or "").hostname or ""
    return _lookup(MIRROR_HOSTS, host.rstrip("."))


def further_source_problem(url: str) -> str | None:
    """Why a link cannot stand as a source at all, in words for the editor; None if it can."""
    url = (url or "").strip()
    if not url:
        return str(_("There is no source link: every fact needs one."))
    try:
        _url_validator(url)
    except ValidationError:
        return str(_("%(url)s is not an absolute web address.") % {"url": url})
    canonical = canonical_url(url)
    if urlsplit(url).scheme != "https":
        return str(_("%(url)s is not an https link: write %(canonical)s.") % {"url": url, "canonical": canonical})
    if canonical != url:
        return str(
            _("%(url)s is not written the canonical way: write %(canonical)s.") % {"url": url, "canonical": canonical}
        )
    return None


def main_source_problem(url: str) -> str | None:
    """Why a link cannot be the main source of a fact; None if it can. Mirrors may only back one up."""
    if (problem := further_source_problem(url)) is not None:
        return problem
    if (mirror := mirror_of(url)) is not None:
        return str(
            _(
                "%(url)s is on %(mirror)s, a mirror: cite the publisher's own copy, "
                "and keep the mirror under further sources."
            )
            % {"url": url.strip(), "mirror": mirror}
        )
    return None


@dataclass(frozen=True)
class Citation:
    url: str
    publisher: str
    kind: str

    @property
    def is_secondary(self) -> bool:
        return self.kind in SourceKind.secondary()

    @property
    def address(self) -> str:
        """The link shortened to its host and last path segment ("www.gov.uk/…/russia-blocks-…"), to tell
        two links of one publisher apart and cite them without the whole URL."""
        parts = urlsplit(self.url)
        segments = [segment for segment in unquote(parts.path).split("/") if segment]
        tail = (segments[-1] if segments else "") + (f"?{parts.query}" if parts.query else "")
        if len(tail) > 40:
            tail = tail[:39].rstrip("-_.") + "…"
        host = _bare(parts.hostname or "")
        if not tail:
            return host
        return f"{host}/…/{tail}" if len(segments) > 1 else f"{host}/{tail}"


def cite(url: str) -> Citation:
    """The publisher behind a link, for showing "Rapaport" rather than a raw host."""
    host = (urlsplit(url or "").hostname or "").rstrip(".")
    if (mirror := mirror_of(url)) is not None:
        return Citation(url, mirror, SourceKind.COPY)
    if (known := _lookup(PUBLISHERS, host)) is not None:
        return Citation(url, *known)
    return Citation(url, _bare(host) or url, SourceKind.OTHER)


def split_source_lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def validate_main_source(url: str) -> None:
    if (problem := main_source_problem(url)) is not None:
        raise ValidationError(problem, code="invalid_source")


def validate_source_lines(text: str) -> None:
    bad = [line for line in split_source_lines(text) if further_source_problem(line) is not None]
    if bad:
        raise ValidationError(
            _("Each line must be one https link in its canonical form. Not so: %(bad)s"),
            params={"bad": ", ".join(bad[:3])},
            code="invalid_source",
        )


def canonical_lines(text: str) -> str:
    return "\n".join(canonical_url(line) for line in split_source_lines(text))


class SourcedModel(models.Model):
    source_url = models.URLField(
        _("source"),
        max_length=500,
        validators=[validate_main_source],
        help_text=_(
            "Link to the communiqué, report or article that states this fact: the publisher's own page, "
            "not a copy on a document-sharing site. http links are turned into https."
        ),
    )
    more_sources = models.TextField(
        _("more sources"),
        blank=True,
        validators=[validate_source_lines],
        help_text=_("Further links, one per line. Copies on document-sharing sites may go here."),
    )
    verified = models.BooleanField(
        _("verified"),
        default=True,
        help_text=_("Untick when the fact could not be confirmed in a source; pages mark it as unverified."),
    )

    class Meta:
        abstract = True

    def clean_fields(self, exclude=None):
        # Editors paste links as they find them; store them the one canonical way.
        self.source_url = canonical_url(self.source_url)
        self.more_sources = canonical_lines(self.more_sources)
        super().clean_fields(exclude=exclude)

    @property
    def sources(self) -> list[str]:
        return [self.source_url, *split_source_lines(self.more_sources)]

    @property
    def citations(self) -> list[Citation]:
        return [cite(url) for url in self.sources]

    @property
    def secondary_only(self) -> bool:
        """True when every source only reports the fact second-hand (press, reference works)."""
        return all(citation.is_secondary for citation in self.citations)
