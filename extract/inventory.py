"""The article pass: the inventory of entities an article names.

Companies first (dictionary names, names found by their suffixes, names
defined in the text), then persons, then the names constructions give
(list members, listings, holders), then one person spelt two ways folded
together. The sentence pass (`extract.mentions`) finds these names again in
each sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from extract.addressed_names import addressed_names
from extract.bilingual_names import (
    bilingual_people,
    latin_legal_companies,
    latin_named_firms,
    link_bilingual,
    link_latin_after,
    link_latin_companies,
    link_parallel_short_names,
    vietnamese_people,
)
from extract.clan_names import clan_people
from extract.companies import find_companies
from extract.company_constructions import construction_companies
from extract.construed_people import construed_people
from extract.deck_lines import deck_names
from extract.honorific_names import (
    conferred_title_forms,
    familiar_forms,
    given_name_forms,
    honorific_forms,
    surname_honorific_forms,
    surname_shi_forms,
)
from extract.lexicon import Lexicon
from extract.list_members import list_members
from extract.mention_records import Inventory, merge_entities
from extract.mergers import merged_company
from extract.notice_fields import notice_persons
from extract.person_cues import find_person_names
from extract.persons import (
    occurrences,
    plausible_person,
    spelling_variants,
    word_not_name,
)
from extract.post_list_names import post_list_names
from extract.post_verb_names import (
    latin_names_over_posts,
    names_before_companies,
    names_before_post_verbs,
    names_opening_dash_rows,
    names_opening_post_lines,
)
from extract.registry_forms import registry_names
from extract.spaced_names import spaced_names
from extract.speakers import names_beside_me, speaker_names
from extract.term_lists import term_list_names
from extract.titles import find_titles
from extract.transliterated_names import drop_cut_parts, last_part_forms, latin_people, lengthen_sounded, transliterated_people
from extract.verb_sections import names_in_sections
from text.japanese_names import japanese_after_titles, japanese_people
from text.normalize import norm_name


def build_inventory(text: str, lex: Lexicon, title_spans: list[tuple[int, int]],
                    orig: Callable[[int, int], str] | None = None, headline: str = "") -> Inventory:
    """The article's entities. `orig` maps a span of `text` to the original
    string, so that names are displayed as the article writes them. People
    the headline introduces ("张建国接任东海证券董事长 王海东卸任") are people
    wherever the text names them."""
    inv = Inventory()
    show = orig or (lambda a, b: text[a:b])
    # 1–3. Companies: dictionary names, suffixes, names defined in the text, short names.
    occupied = find_companies(inv, text, lex, show)
    for name, short, latin, pos in [*latin_legal_companies(text, inv.surface), *latin_named_firms(text, inv.surface)]:  # a Chinese name, then its Latin one in brackets ("X资本（X Capital Pte Ltd）")
        inv.add("C:" + name, show(pos, pos + len(name)), "Company", norm_name(name), show(pos, pos + len(name)), pos)
        if short != name:
            inv.link(norm_name(short), short, "C:" + name)
        if (other := inv.surface.get(norm_name(latin))) is not None and other != "C:" + name and other in inv.entities:
            merge_entities(inv, other, "C:" + name)  # (the Latin legal name found as a company of its own: the same one)
    # 4. Persons, with in-article spelling variants folded together.
    names = find_person_names(text, lex, title_spans)
    for name, pos in names_before_post_verbs(text, occupied.ends, lex):
        names.setdefault(name, pos)
    for name, pos in names_before_companies(text, occupied.starts, lex):
        names.setdefault(name, pos)
    for name, pos in names_opening_post_lines(text, occupied.starts, lex):  # "P任C董事长；": a notice's line
        names.setdefault(name, pos)
    for name, pos in names_opening_dash_rows(text, {a for a, _b in title_spans}, lex):  # "P——T兼T": a roster's line
        names.setdefault(name, pos)
    for name, pos in latin_names_over_posts(text, title_spans):  # "Latin Name（T）": a roster's line
        names.setdefault(name, pos)
    for name, pos in latin_people(text, {a for a, _b in title_spans}):  # "P出任T", "由P与Q共同创办"
        if norm_name(name) not in inv.surface and not lex.company(name):
            names.setdefault(name, pos)
    for name, pos in names_in_sections(text, {*occupied.starts, *(a for a, _b in title_spans)}, lex):  # "二、免去\nP的C…职务"
        names.setdefault(name, pos)
    for name, pos in speaker_names(text):  # "[00:01:26] P：…" on two lines or more: a transcript's speaker
        if plausible_person(name, lex, strong=False, bounded=True):
            names.setdefault(name, pos)
    for name, pos in names_beside_me(text):  # "我、A，还有B，我们仨…": the speaker's companions
        if plausible_person(name, lex, strong=False, bounded=True):
            names.setdefault(name, pos)
    for name, pos in notice_persons(text):  # the new officer's name label, then the name: the form's label says it is a person
        if lex.is_surname_start(name) and "某" not in name:
            names.setdefault(name, pos)
    for name, pos in vietnamese_people(text, lex):  # "黎氏兰英（Lê Thị Lan Anh）": four letters, not the three a cue took
        names[name] = pos
        if name[:3] in names and all(text[j + 3:j + 4] == name[3] for j in occurrences(text, name[:3])):
            del names[name[:3]]
    if sounded := [(n, at) for n, at in transliterated_people(text) if not lex.company(n) and norm_name(n) not in lex.places]:
        for name, pos in sounded:  # a Burmese "吴ABC（U A B C）", a dotted "AB·CD", an initialled "N.ABCD": no cut by a Chinese name's length
            names[name] = pos
            drop_cut_parts(names, text, name)
        lengthen_sounded(names, text)
    addressed, addressed_forms = addressed_names(text, lex)  # "X委员YZ：": a transcript's surname, title, given name
    for name, (pos, _given) in addressed.items():
        names.setdefault(name, pos)
    bilingual = bilingual_people(text, lex)  # "Sophie Laurent（罗素菲）": the Chinese name is the person's
    for _latin, chinese, pos in bilingual:
        names.setdefault(chinese, pos)
    for name, pos in japanese_people(text, show):  # "北川 健一": a family name, the space, a given name
        names.setdefault(name, pos)
    for name, pos in japanese_after_titles(text, title_spans):  # "…副社长P兼任", P a Japanese name with no space after the title
        if name[:3] in names and names[name[:3]] == pos:
            del names[name[:3]]  # (a cue's three letters cut through the longer name)
        names.setdefault(name, pos)
    for name, pos in registry_names(text, lex):  # a bilingual label for the Chinese name, then P: a registry form's field
        names.setdefault(name, pos)
    for name, pos in deck_names(text, lex):  # "林澈 LIN Che": a deck's name line; "succeeding 王某"
        names.setdefault(name, pos)
    for name, pos in term_list_names(text, lex):  # "C主任：A" + (years) + "、B" + (years): a chronicle's heads
        names.setdefault(name, pos)
    for name, pos in post_list_names(text, lex):  # "A、B及C为独立非执行董事", "独立董事由A、B出任", "Fiona Blake女士"
        names.setdefault(name, pos)
    for name, pos in construed_people(text, lex):  # "由A、B、C三人共同创立", "由其配偶B持有": people by the construction
        names.setdefault(name, pos)
    if headline:
        for name in find_person_names(headline, lex, find_titles(headline, lex)):
            if name not in names and (pos := text.find(name)) >= 0:
                names[name] = pos
    names = {n: at for n, at in names.items() if not word_not_name(n, text)}  # "董事席位": a word, not a name
    forms = honorific_forms(text, lex, names)  # "丁总": the one 丁 the article names in full
    forms.update({g: full for g, full in given_name_forms(text, names).items() if g not in forms and g not in names})
    forms.update({f: full for f, full in surname_honorific_forms(text, lex, names).items() if f not in forms})  # "唐先生"
    forms.update({f: full for f, full in addressed_forms.items() if f not in forms})  # "X委员": the one X the record names so
    names = {n: at for n, at in names.items() if n not in addressed_forms}
    forms.update(last_part_forms(names, text) if sounded else {})  # "CD" alone: the one dotted name "AB·CD" ending so
    forms.update(conferred_title_forms(text, lex, names))  # "拿督P": the person, under a title of honour
    forms.update({f: full for f, full in familiar_forms(text, lex, names).items() if f not in forms})  # "老曹"
    shi = surname_shi_forms(text, lex, names)  # "麥氏": the one 麥 the article names in full, not a person of its own
    forms.update(shi)
    names = {n: at for n, at in names.items() if n not in shi}
    for name, pos in names.items():
        if norm_name(name) in inv.surface:
            continue
        shown = show(pos, pos + len(name)) if name not in addressed else show(pos, pos + 1) + show(addressed[name][1], addressed[name][1] + len(name) - 1)
        inv.add("P:" + name, shown, "Person", norm_name(name), shown, pos)  # (a transcript's X委员YZ: X and YZ, apart)
    for name, surface, pos in spaced_names(text, lex):  # "林　岚　（…）": a roster's name spaced to three letters' width
        if norm_name(name) not in inv.surface and not word_not_name(name, text):
            ent = inv.add("P:" + name, name, "Person", norm_name(name), surface, pos)  # (the spaced form found in the text)
            ent.aliases[name] = ent.aliases.pop(surface)  # (the name, joined, shown)
            inv.forms.add(name)
    for full, at, forms_of in clan_people(text, headline):  # a genealogy's "公讳X", an obituary's 先严: the family's forms
        if (key := inv.surface.get(norm_name(full))) is None:
            shown = (headline[(k := headline.find(full[0])):k + 1] if at[0] < 0 and headline.find(full[0]) >= 0 else full[0] if at[0] < 0
                     else show(at[0], at[0] + 1)) + show(at[1], at[1] + len(full) - 1)
            key = "P:" + full
            inv.add(key, shown, "Person", norm_name(forms_of[0][0]), show(forms_of[0][1], forms_of[0][1] + len(forms_of[0][0])), forms_of[0][1])
            inv.entities[key].aliases = {shown: 1, **inv.entities[key].aliases}  # (shown by the full name its forms stand for)
        for form, pos in forms_of:
            if inv.surface.get(norm_name(form), key) == key or not inv.surface[norm_name(form)].startswith("P:"):
                inv.link(norm_name(form), show(pos, pos + len(form)), key)
    link_bilingual(inv, bilingual)
    link_latin_after(inv, text)  # "柯文德（Conrad Weber）": the Latin name after the Chinese one
    link_parallel_short_names(inv, text)  # a bilingual release's short names, Chinese and English
    for form, full in forms.items():
        if inv.surface.get(norm_name(full), "").startswith("P:") and norm_name(form) not in inv.surface:
            inv.link(norm_name(form), form, inv.surface[norm_name(full)])
    # 5. The other members of a list one of whose members is known
    #    ("股东包括A、B和C", "发起人为A、B、某某及某某").
    list_members(inv, text, lex, show)
    # 6. Names a construction gives as companies ("X在港交所上市", "X和Y分别持股…").
    construction_companies(inv, text, lex, show, title_spans)
    link_latin_companies(inv, text)  # "青岚银行（Qinglan Bank）": a company's Latin name beside its Chinese one (any way found)
    for variant, canonical in spelling_variants(list(names), text).items():
        if "P:" + variant in inv.entities and "P:" + canonical in inv.entities:
            merge_entities(inv, "P:" + variant, "P:" + canonical)
    inv.merged_key = merged_company(inv, text)
    return inv


def headline_companies(headline: str, lex: Lexicon) -> list[tuple[str, str]]:
    """The companies a headline names by their form (suffix, legal name), as
    (display name, name key): an annual report or notice whose body says only
    本行/本公司 names its company in the headline alone; so does a research report's, by its name
    and ticker ("X（688xxx）深度报告"), the body calling it 公司 throughout."""
    scratch = Inventory()
    find_companies(scratch, headline, lex, lambda a, b: headline[a:b])
    if "（" in headline:
        construction_companies(scratch, headline, lex, lambda a, b: headline[a:b])
    return [(e.name, norm_name(e.name)) for e in scratch.companies()]
