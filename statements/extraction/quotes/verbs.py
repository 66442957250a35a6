"""The verbs of saying, in English and French, and the pronouns that stand for a speaker: the pieces the
attribution patterns are built of."""

EN_VERBS = (
    r"says|said|say|explains|explained|stresses|stressed|concludes|concluded|adds|added|notes|noted|states|stated"
    r"|emphasi[sz]es|emphasi[sz]ed|underlines|underlined|insists|insisted|argues|argued|warns|warned|comments"
    r"|commented|remarks|remarked|continues|continued|observes|observed|declares|declared|told|tells|urges|urged"
    r"|highlights|highlighted|recalls|recalled|points\s+out|pointed\s+out|asks|asked|went\s+on|goes\s+on|believes"
    r"|laments|lamented|deplores|deplored|regrets|regretted|saying|cautions|cautioned|reiterates|reiterated"
    r"|affirms|affirmed|acknowledges|acknowledged|maintains|maintained|contends|contended|adding"
    r"|replies|replied|responds|responded|answers|answered|admits|admitted|concedes|conceded|writes|wrote|claims"
    r"|claimed|confirms|confirmed|pledges|pledged|promises|promised|vows|vowed|suggests|suggested|predicts"
    r"|predicted|announces|announced|asserts|asserted|agrees|agreed|complains|complained|recounts|recounted"
    r"|indicates|indicated|mentions|mentioned|charges|charged|demands|demanded|reflects|reflected|quipped"
    r"|underscores|underscored|counters|countered|retorts|retorted|echoes|echoed|exclaims|exclaimed|elaborates"
    r"|elaborated|interjects|interjected|testifies|testified|tweeted|tweets|posted|opined|opines"
    # What one thinks, hopes or jokes aloud, and what one tells others: "“…,” Jane Roe reckons.", "…, she joked."
    r"|reckons|reckoned|thinks|thought|hopes|hoped|jokes|joked|boasts|boasted|assures|assured|reassures|reassured"
    r"|informs|informed|reminds|reminded|reveals|revealed|discloses|disclosed|advises|advised|(?:sums|summed)\s+up"
    # What one urges others to do, and what one voices: "invited participants to “…”", "expressed concern that".
    r"|encourages|encouraged|invites|invited|expresses|expressed"
    # A plea is a speech act too: "Ms. Federica Mogherini made a strong plea to move “from blood diamonds to…”".
    r"|pleaded|appealed|(?:called|calls)\s+(?:for|on)|(?:made|makes)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:plea|appeal|call)"
)
FR_VERBS = (
    r"déclare|déclaré|explique|expliqué|souligne|souligné|ajoute|ajouté|conclut|conclu|affirme|affirmé|estime"
    r"|estimé|insiste|insisté|rappelle|rappelé|précise|précisé|indique|indiqué|poursuit|poursuivi|dit|regrette"
    r"|regretté|déplore|déploré|dénonce|dénoncé|observe|observé|martèle|martelé|commente|commenté|s['’]insurge"
    r"|avertit|averti|prévient|alerte|alerté|lance|lancé|note|noté|constate|constaté|renchérit|résume|résumé"
    r"|disait|expliquait|soulignait|ajoutait|précisait|affirmait|déclarait|indiquait|estimait|insistait"
    r"|souligner|rappeler|préciser|déclarer|indiquer|affirmer|insister|exprimé|exprime"
    # The imperfect of the press: "confiait le ministre", "rappelait-il".
    r"|confiait|assurait|rappelait|poursuivait|concluait|martelait|notait|observait|reconnaissait|regrettait"
    r"|dénonçait|racontait|répondait|plaidait|avertissait|lançait|conseillait"
    r"|assure|assuré|réagit|réagi|confie|confié|reconnaît|reconnait|reconnu|plaide|plaidé|annonce|annoncé"
    r"|répond|répondu|rétorque|rétorqué|fait\s+savoir|relève|relevé|soutient|soutenu|tranche|tranché|juge|jugé"
    r"|témoigne|témoigné|raconte|raconté|fustige|fustigé|promet|promis|réaffirme|réaffirmé|mis\s+en\s+garde"
    r"|demande|demandé|prévenu|écrit|admet|admis|exhorte|exhorté|tonne|tonné|lâche|lâché|nuance|nuancé|détaille"
    r"|détaillé|ironise|ironisé|avance|avancé|reprend|glisse|glissé|abonde|fait\s+(?:valoir|remarquer|observer)"
    r"|conseille|conseillé|recommande|recommandé"
    # What one makes known or gives notice of: "a révélé X", "a signifié l'importance de…".
    r"|révèle|révélé|signifie|signifié"
    # What one confirms, hopes, welcomes or urges: "a confirmé X", "a salué X", "espère X", "a renchéri X".
    r"|confirme|confirmé|signale|signalé|mentionne|mentionné|souhaite|souhaité|espère|espéré|salue|salué|rassure"
    r"|rassuré|renchéri|clame|clamé|argumente|argumenté|encourage|encouragé|interpelle|interpellé"
    # "a appelé les États à « … »", "invite les participants à « … »".
    r"|appelle|appelé|invite|invité"
    r"|laisse\s+entendre|laissé\s+entendre"
    # A verb of saying after "tenu à" or "voulu": "a tenu à préciser X", "a-t-il voulu rassurer".
    r"|(?:tenu\s+à|voulu)\s+(?:préciser|souligner|rappeler|dire|indiquer|affirmer|insister|ajouter|expliquer"
    r"|rassurer|saluer|réaffirmer|nuancer|marteler|avertir|prévenir|clarifier)"
    # Reflexive, after "s'est" or "se" (the participle agreeing): "s'est félicité", "s'est indignée", "s'inquiète".
    r"|félicit[ée]e?s?|indign[ée]e?s?|inquiét[ée]e?s?|inquiète|réjoui[et]?e?s?|étonn[ée]e?s?|exclam[ée]e?s?"
    r"|insurg[ée]e?s?|montr[ée]e?s?"
)
# What stands between the subject and the verb of saying: "has", "a", "s'est", "se", "a-t-il", "s'est-elle" (a
# pattern may use it once: it names the inverted pronoun).
AUXILIARY = (
    r"(?:(?:a|ont|has|had|s['’]est|se\s+sont|se)\s+|s['’](?=[a-zé])|(?:a-t-|s['’]est-)(?P<pronoun_before>il|elle)\s+)"
)
# The one spoken to, before the verb: "nous a confié X", "m'a dit X", "lui a répondu X", "nous a-t-il expliqué".
FR_SPOKEN_TO = r"(?:(?:nous|vous|lui|leur|me)\s+|m['’])"
# An adverb after the auxiliary: "a également déclaré", "a-t-il encore ajouté", "a pour sa part estimé".
FR_ADVERB = (
    r"(?:(?:également|aussi|encore|ensuite|enfin|alors|notamment|toutefois|cependant|néanmoins|pourtant|déjà"
    r"|d['’]ailleurs|par\s+ailleurs|pour\s+sa\s+part|quant\s+à\s+(?:lui|elle)|de\s+son\s+côté|plus\s+tard)\s+)"
)
VERBS = f"(?:{EN_VERBS}|{FR_VERBS})"
# Verbs that give words to a thing, before the quotation only: "X described the scheme as “a fig leaf”", "X called
# the decision “a betrayal”", « X a qualifié la décision de « trahison » ».
NAMING_VERBS = r"(?:described|describes|called|calls|branded|termed|qualifié|qualifie)"
PRONOUN = r"(?:he|she|il|elle)"
# "According to him, “…”", "Selon lui, « … »", "Pour elle, « … »".
ANY_PRONOUN = r"(?:he|she|il|elle|him|her|lui|eux)"
FR_WHEN = (
    r"(?:(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier|aujourd['’]hui)"
    r"(?:\s+(?:matin|soir|après-midi))?)"
)
# The passive of the news wires: "Amara Okonkwo was quoted as saying", "he is reported by the Herald as saying".
QUOTED_AS = r"(?:(?:was|were|is|has\s+been)\s+(?:quoted|reported)\s+(?:by\s+[^\n,.;:!?“”«»\"]{1,60}?\s+)?as\s+)"
