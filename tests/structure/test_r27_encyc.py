"""r27encyc (issue 11): encyclopedia and reference pages copied as text — Wikipedia, its forks and
mirrors, other MediaWiki encyclopedias, wikis — in several copy methods (a browser's select-all, a
reader view, html2text, a print to PDF). Each made-up page asserts the title, the headings (text,
level), that the site's apparatus is gone (the 'From {site}' tagline, hatnotes, edit links, the
contents box, access lines, the footer) and that every body line is kept. Pages of what must stay:
a body sentence opening 'See also the …', an entry on a book called 'Main Article', a short line of
body text, a plain page's 'From the Archives' subtitle, an essay's first heading over its text."""
from __future__ import annotations

import pytest


def doc_of(text: str):
    """The clean -> structure chain on a made-up page."""
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document

    return structure_document(clean_text(text, source_file="t.txt"))


def _walk(sections):
    for s in sections:
        yield s
        yield from _walk(s.sections)


def _levels(doc) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in _walk(doc.sections)]


def _all_text(doc) -> str:
    parts = [*doc.cover, doc.title or "", doc.subtitle or "", *(a.name for a in doc.authors), *(p.text for p in doc.front)]
    for s in _walk(doc.sections):
        parts.append(s.title)
        parts.extend(p.text for p in s.paragraphs)
    return " ".join(" ".join(parts).split())


def _norm(text: str) -> str:
    return " ".join(text.split())


LANTERN_LEAD = ("A lantern is a portable source of lighting, typically featuring a protective enclosure for the light "
                "source, historically a candle or a wick in oil, to make it easier to carry and hang up.")
LANTERN_EARLY = ("The earliest lanterns were made of horn scraped thin enough to let light through, and a candle stood "
                 "inside on a small iron spike.")
LANTERN_SIGNAL = ("Railway staff and sailors used lanterns with coloured glass to send signals at night, and the colours "
                  "came to carry fixed meanings.")
LANTERN_STREET = ("Towns hung lanterns at street corners long before gas lighting, and householders were often obliged to "
                  "keep one burning outside their door.")

NWE_SELECT_ALL = f"""Lantern

From New World Encyclopedia


A tin lantern with a candle

{LANTERN_LEAD}

Lanterns may also be used for signalling, as torches, or as general light sources outdoors.

History

Early lanterns

Main article: Horn lantern

{LANTERN_EARLY}[1]

Uses

Signalling

{LANTERN_SIGNAL}

Street lighting

See also: Street light

{LANTERN_STREET}
"""

WINDMILL_LEAD = ("A windmill is a structure that converts wind power into rotational energy using vanes called sails or "
                 "blades, traditionally to mill grain, pump water, or both.")
WINDMILL_POST = ("The post mill is the earliest type of European windmill: its whole body turns on a single upright post "
                 "to face the wind.")
WINDMILL_TOWER = ("A tower mill has a fixed brick or stone tower, and only its cap carries the sails round to face the "
                  "wind, so it can be built much taller.")
WINDMILL_PUMP = ("Wind pumps lift water from wells for cattle on farms far from any river, and thousands still work on "
                 "the plains.")

WIKIPEDIA_SELECT_ALL = f"""Windmill

From Wikipedia, the free encyclopedia

"Windmills" redirects here. For other uses, see Windmill (disambiguation).

A post mill in the fields in spring

{WINDMILL_LEAD}

Contents

1 History
1.1 Post mills
1.2 Tower mills
2 Wind pumps
3 References

History[edit]

Post mills[edit]

Main article: Post mill

{WINDMILL_POST}

Tower mills[edit]

{WINDMILL_TOWER}

Wind pumps[edit]

Further information: Wind pump

{WINDMILL_PUMP}

References[edit]

^ Hills, Richard L. (1994). Power from Wind. Cambridge University Press.

Retrieved from "https://en.wikipedia.org/w/index.php?title=Windmill&oldid=1"

Categories: Windmills Wind power Mills
"""

CANAL_LEAD = ("A canal is an artificial waterway built to carry boats between rivers, lakes and the sea, or to bring "
              "water to fields and towns.")
CANAL_LOCKS = ("Locks let boats climb hills: a chamber with gates at both ends fills or empties until its level meets "
               "the next reach of the canal.")
CANAL_DECLINE = ("Railways took most of the canals' trade within a few decades, and many were left to silt up until "
                 "boating for pleasure revived them.")

HTML2TEXT = f"""****** Canal ******
From Wikipedia, the free encyclopedia
Jump to navigation Jump to search
{CANAL_LEAD}
***** Contents *****
    * 1 Engineering
    * 2 Decline
***** Engineering[edit] *****
{CANAL_LOCKS}
***** Decline[edit] *****
Main article: Canal decline
{CANAL_DECLINE}
***** Navigation menu *****
**** Personal tools ****
    * Not logged in
"""

GLACIER_LEAD = ("A glacier is a persistent body of dense ice that is constantly moving under its own weight, formed where "
                "the snow that falls each year exceeds the snow that melts.")
GLACIER_TYPES = ("Valley glaciers flow down mountain valleys like rivers of ice, while ice sheets spread out over whole "
                 "continents and bury the land beneath them.")
GLACIER_MOTION = ("Ice moves by deforming under its own weight and by sliding on a film of meltwater at its bed, often a "
                  "few metres a day.")

CITIZENDIUM = f"""Glacier

From Citizendium

Jump to navigation Jump to search

{GLACIER_LEAD}

Types of glaciers

See also: Ice sheet

{GLACIER_TYPES}

Motion

{GLACIER_MOTION}

Retrieved from "https://example.org/wiki/Glacier"
"""

OTTER_LEAD = ("The river otter is a semiaquatic mammal that lives along rivers and lakes, feeding mostly on fish and "
              "crayfish it catches with its whiskers in murky water.")
OTTER_HABITAT = ("Otters den in burrows dug into the bank, often with an entrance under the water line, and they range "
                 "over many kilometres of shore.")
OTTER_DIET = ("Fish make up most of the diet, but frogs, crabs and water birds are taken too when fish are scarce in "
              "the winter months.")

OTHER_WIKI = f"""River otter

From RiverWiki

{OTTER_LEAD}

Habitat

Main article: Otter dens

{OTTER_HABITAT}

Diet

{OTTER_DIET}
"""

HARBOUR_LEAD = ("A harbour is a sheltered body of water where ships, boats and barges can be moored, protected from the "
                "weather by land or by breakwaters built for the purpose.")
HARBOUR_NATURAL = ("Natural harbours lie in bays and river mouths behind headlands, and many great ports grew up around "
                   "one before any wall was built.")
HARBOUR_ARTIFICIAL = ("Artificial harbours are made with breakwaters, sea walls or jetties where the coast offers no "
                      "shelter of its own.")

READER_VIEW = f"""Harbour

en.wikipedia.org

12–15 minutes

{HARBOUR_LEAD}

Natural harbours

Main article: Natural harbour

{HARBOUR_NATURAL}

Artificial harbours

Further information: Breakwater (structure)

{HARBOUR_ARTIFICIAL}
"""

ADA_LEAD = ("Ada Example (10 December 1815 – 27 November 1852) was an English mathematician and writer, chiefly known "
            "for her notes on a proposed mechanical computer.")
ADA_EARLY = ("She was the only child of a poet and his wife, and her mother had her taught mathematics and science from "
             "an early age.")
ADA_WORK = ("Her notes on the engine include what is often called the first program, a method for computing a series of "
            "numbers on the machine.")

REDIRECT_HATNOTES = f"""Ada Example

From Wikipedia, the free encyclopedia

"Countess Example" redirects here. For her mother, see Anne Example.

This article is about the mathematician. For the ship, see Ada Example (ship).

{ADA_LEAD}

Early life[edit]

{ADA_EARLY}

Work[edit]

{ADA_WORK}
"""

QUAY_SEE_ALSO = "See also the harbour board's own records, which list every ship that tied up at the quay since 1850."
QUAY_LEAD = ("A quay is a stone or metal platform lying alongside or projecting into water for loading and unloading "
             "ships, built along the shore rather than out into the water.")
QUAY_BUILD = ("Quays were built of timber piles at first and later of masonry, with iron rings set into the stone for "
              "the mooring lines.")

SEE_ALSO_BODY = f"""Quay

From Wikipedia, the free encyclopedia

{QUAY_LEAD}

Construction[edit]

{QUAY_BUILD}

{QUAY_SEE_ALSO}

Use[edit]

Cargo was carried across the quay by hand, by crane and later by rail wagons running along its edge.
"""

BOOK_LEAD = ("Main Article is a 1998 novel by the fictional author Jane Example about a newspaper editor who must choose "
             "which story leads the morning edition.")
BOOK_PLOT = ("The editor spends one long night weighing a scandal against a flood, and the novel follows each reporter "
             "who brings her a story.")
BOOK_RECEPTION = ("Critics praised the novel's pace, and it was adapted for radio two years after it first appeared in "
                  "print.")

MAIN_ARTICLE_BOOK = f"""Main Article

From New World Encyclopedia

{BOOK_LEAD}

Plot

{BOOK_PLOT}

Reception

{BOOK_RECEPTION}
"""

SHORT_BODY_LINE = "It never sailed again."
HULK_LEAD = ("A hulk is a ship that is afloat but incapable of going to sea, kept as a store, a prison or a floating "
             "workshop in a harbour.")
HULK_USES = ("Old warships became prison hulks in the eighteenth century, moored in rivers with hundreds of men held "
             "below decks.")
HULK_LAST = ("The last of them was towed to a mudbank in 1857, stripped of her masts and left to rot where she lay on the "
             "shore.")

SHORT_LINE_BODY = f"""Hulk (ship)

From Wikipedia, the free encyclopedia

{HULK_LEAD}

Uses[edit]

{HULK_USES}

{SHORT_BODY_LINE}

History[edit]

{HULK_LAST}
"""

ARCHIVES_TEXT = ("The harbour opened in 1850 and within a decade it handled more grain than any port on the coast, "
                 "mostly bound for the mills upriver.")
ARCHIVES_TEXT2 = ("By 1900 the grain trade had moved to the railway, and the harbour served fishing boats and a ferry "
                  "until the war.")

PLAIN_SUBTITLE = f"""Harbour Days

From the Archives

{ARCHIVES_TEXT}

The Later Years

{ARCHIVES_TEXT2}
"""

ESSAY_TEXT = ("My grandfather kept the light on the point for thirty years, and every winter he wrote down the ships "
              "that passed in a ledger we still have.")
ESSAY_TEXT2 = ("When the light was automated he moved inland, but he kept the ledger on the kitchen table and read it "
               "aloud to anyone who visited.")

ESSAY_FIRST_HEAD = f"""Lighthouse

The Keeper

{ESSAY_TEXT}

The Ledger

{ESSAY_TEXT2}
"""

FANDOM_LEAD = ("The Iron Barge is a cargo vessel in the game that carries ore between the mining towns and the capital "
               "along the great river.")
FANDOM_CREW = ("Its crew of four can be hired in the capital's docks, and each crew member adds a skill the barge "
               "needs on the river.")
FANDOM_ROUTE = ("The route runs past three locks and a toll bridge, and the barge must stop at each one to pay its fee "
                "before going on.")

FANDOM = f"""Iron Barge

{FANDOM_LEAD}

Crew[edit | edit source]

{FANDOM_CREW}

Route[edit | edit source]

{FANDOM_ROUTE}
"""

PRINT_LEAD = ("A breakwater is a structure built along a coast to protect an anchorage or a harbour from the effects of "
              "weather and the drift of the shore.")
PRINT_LEAD2 = ("Breakwaters reduce the intensity of wave action in inshore waters and thereby reduce coastal erosion or "
               "provide safe harbourage for ships.")
PRINT_LEAD3 = ("They may be fixed or floating, and connected to the land or standing free offshore, depending on the "
               "depth of the water and the ground.")
PRINT_LEAD4 = ("The first known breakwaters were built in the ancient Mediterranean, where harbours of cut stone sheltered "
               "merchant fleets for centuries.")
PRINT_LEAD5 = ("Modern breakwaters use concrete armour units of several shapes that lock together and spread the force of "
               "the waves.")
PRINT_TYPES = ("Rubble mound breakwaters are heaps of stone and concrete blocks, while caisson breakwaters are hollow "
               "boxes sunk in place and filled with sand.")
PRINT_DESIGN = ("Engineers size the armour stones by the height of the largest waves the structure must withstand over "
                "its working life.")

PRINTED = f"""12/1/26, 9:14 AM

Breakwater (structure) - Wikipedia

Breakwater (structure)

From Wikipedia, the free encyclopedia

A rubble breakwater at low tide

{PRINT_LEAD}

{PRINT_LEAD2}

{PRINT_LEAD3}

{PRINT_LEAD4}

{PRINT_LEAD5}

Types[edit]

{PRINT_TYPES}

https://en.wikipedia.org/wiki/Breakwater_(structure)

1/2

12/1/26, 9:14 AM

Breakwater (structure) - Wikipedia

Design[edit]

{PRINT_DESIGN}

https://en.wikipedia.org/wiki/Breakwater_(structure)

2/2
"""

SIMPLE_LEAD = ("A ferry is a boat or ship that carries passengers, and sometimes vehicles and cargo, across a body of "
               "water on a regular route.")
SIMPLE_KINDS = ("Some ferries cross a river on a cable, some cross a strait many times a day, and some sail overnight "
                "between countries.")
SIMPLE_SAFETY = ("Ferries must carry enough lifeboats and life jackets for everyone on board, and the crew practise "
                 "leaving the ship often.")

SIMPLE_WIKI = f"""Ferry

From Simple English Wikipedia, the free encyclopedia

{SIMPLE_LEAD}

Kinds of ferries

{SIMPLE_KINDS}

Safety

Main article: Ferry safety

{SIMPLE_SAFETY}
"""

NATIONAL_LEAD = ("The fjord horse is a small but strong horse breed from the mountains of western Norway, used for "
                 "farm work for centuries.")
NATIONAL_LOOKS = ("Almost all fjord horses are dun, with a dark stripe running from the forelock along the back to the "
                  "tail, and the mane is cut short to show it.")
NATIONAL_USE = ("Today the breed is used for riding schools, for driving and for therapy, thanks to its calm and "
                "friendly temper.")

NATIONAL_ENCYCLOPEDIA = f"""Fjord horse

From Example Encyclopaedia, the national encyclopedia

Fjord horse at a summer show

{NATIONAL_LEAD}

Appearance

{NATIONAL_LOOKS}

Use

See also: Horse breeds

{NATIONAL_USE}
"""

SHIP_LEAD = ("A sailing ship is a sea-going vessel that uses sails mounted on masts to harness the power of wind and "
             "propel the vessel across the water.")
SHIP_NAV = ("Before satellite positioning, navigators fixed the ship's place by the sun and stars with a sextant, and "
            "kept a log of speed and heading between sightings.")
SHIP_RIG = ("A ship's rigging is divided into the standing rigging that holds the masts up and the running rigging that "
            "sets and trims the sails.")

SECTION_NAMED_LIKE_A_BOX = f"""Sailing ship

From Wikipedia, the free encyclopedia

{SHIP_LEAD}

Navigation

{SHIP_NAV}

Rigging

{SHIP_RIG}
"""

NOVEL_TEXT = ("The novel follows three soldiers at a Hawaiian base in the months before the attack, and it was a best "
              "seller within weeks of its publication.")
NOVEL_TEXT2 = ("The film made of it two years later won eight awards, and its scene on the beach became one of the best "
               "known in the cinema of its time.")

NOVEL_SUBTITLE = f"""A Reading Guide

From Here to Eternity

{NOVEL_TEXT}

The Film

{NOVEL_TEXT2}
"""

INFOBOX = f"""Ada Example

From Wikipedia, the free encyclopedia

Ada Example in 1840

Born | Augusta Ada Example 10 December 1815 London, England
Died | 27 November 1852 (aged 36) Marylebone, London
Occupation | Mathematician, writer

{ADA_LEAD}

Early life[edit]

{ADA_EARLY}

Work[edit]

{ADA_WORK}
"""

MILL_LEAD = ("A watermill is a mill that uses hydropower, turning a water wheel or a turbine to drive a mechanical "
             "process such as milling grain, rolling metal or sawing timber.")
MILL_WHEEL = ("An overshot wheel takes the water at its top and turns by the weight of water in its buckets, using the "
              "fall of the stream better than any other kind.")
MILL_DECLINE = ("Steam engines freed mills from the riverbank in the nineteenth century, and most watermills closed or "
                "became houses before the century ended.")

OLD_REVISION = f"""Watermill

From A Storehouse of Knowledge

Revision as of 14:02, 3 March 2019 by Example Editor (talk | contribs) (added wheels)

(diff) ← Older revision | Latest revision (diff) | Newer revision → (diff)

Jump to navigation Jump to search

{MILL_LEAD}

Wheels

{MILL_WHEEL}

Decline

{MILL_DECLINE}
"""

VOLUME_LEAD = ("A book is a set of written, printed, illustrated, or blank sheets, made of paper or other material, "
             "fastened together to hinge at one side.")
VOLUME_ANTIQUITY = ("When writing systems were invented, nearly everything that could be written upon was used for writing, "
                  "from stone and clay to tree bark.")
VOLUME_SCROLL = ("Papyrus, a paper made by weaving the stems of the papyrus plant, was rolled into scrolls in Ancient Egypt "
               "for many centuries.")
VOLUME_MIDDLE = ("Monks copied books by hand in the scriptoria of monasteries, and a single book could take a scribe many "
               "months of steady work.")
VOLUME_MODERN = ("Printing made books cheap enough for ordinary readers, and by the nineteenth century most towns had a "
               "lending library of their own.")

THREE_LEVEL_CONTENTS = f"""Book

From New World Encyclopedia

{VOLUME_LEAD}

Contents

1 History of books
1.1 Antiquity
1.1.1 Scroll
1.2 Middle Ages
2 Modern books

History of books

Antiquity

{VOLUME_ANTIQUITY}

Scroll

Main article: Scroll

{VOLUME_SCROLL}

Middle Ages

{VOLUME_MIDDLE}

Modern books

{VOLUME_MODERN}
"""

KITE_LEAD = ("A kite is a tethered heavier-than-air craft with wing surfaces that react against the air to create lift "
             "and drag forces.")
KITE_CHINA = ("Kites were invented in China, where silk for the sail and bamboo for a strong light frame were readily "
              "available to their makers.")
KITE_EUROPE = ("Kites reached Europe late in the sixteenth century, first as toys and then as tools for lifting weather "
               "instruments into the sky.")
KITE_DESIGN = ("A kite needs a frame light enough to fly and strong enough to hold its shape in a gusting wind, and a "
               "bridle to set its angle.")

VECTOR_2022 = f"""Kite

From Wikipedia, the free encyclopedia

Contents
hide
(Top)
1 History
Toggle History subsection
1.1 China
1.2 Europe
2 Design

Toggle the table of contents

{KITE_LEAD}

History[edit]

China[edit]

{KITE_CHINA}

Europe[edit]

{KITE_EUROPE}

Design[edit]

{KITE_DESIGN}
"""

PAGES = {
    "nwe_select_all": (NWE_SELECT_ALL, "Lantern",
                       [(1, "History"), (2, "Early lanterns"), (1, "Uses"), (2, "Signalling"), (2, "Street lighting")],
                       ["From New World Encyclopedia", "Main article:", "See also: Street light"],
                       ["A tin lantern with a candle", LANTERN_LEAD, LANTERN_EARLY, LANTERN_SIGNAL, LANTERN_STREET]),
    "wikipedia_select_all": (WIKIPEDIA_SELECT_ALL, "Windmill",
                             [(1, "History"), (2, "Post mills"), (2, "Tower mills"), (1, "Wind pumps"), (1, "References")],
                             ["From Wikipedia", "redirects here", "Main article:", "Further information:", "[edit]",
                              "1.1 Post mills", "Retrieved from", "Categories:"],
                             ["A post mill in the fields in spring", WINDMILL_LEAD, WINDMILL_POST, WINDMILL_TOWER, WINDMILL_PUMP]),
    "html2text": (HTML2TEXT, "Canal", [(1, "Engineering"), (1, "Decline")],
                  ["From Wikipedia", "Jump to", "Main article:", "[edit]", "Navigation menu", "Not logged in"],
                  [CANAL_LEAD, CANAL_LOCKS, CANAL_DECLINE]),
    "citizendium": (CITIZENDIUM, "Glacier", [(1, "Types of glaciers"), (1, "Motion")],
                    ["From Citizendium", "Jump to", "See also: Ice sheet", "Retrieved from"],
                    [GLACIER_LEAD, GLACIER_TYPES, GLACIER_MOTION]),
    "other_wiki": (OTHER_WIKI, "River otter", [(1, "Habitat"), (1, "Diet")],
                   ["From RiverWiki", "Main article:"], [OTTER_LEAD, OTTER_HABITAT, OTTER_DIET]),
    "reader_view": (READER_VIEW, "Harbour", [(1, "Natural harbours"), (1, "Artificial harbours")],
                    ["Main article:", "Further information:"], [HARBOUR_LEAD, HARBOUR_NATURAL, HARBOUR_ARTIFICIAL]),
    "redirect_hatnotes": (REDIRECT_HATNOTES, "Ada Example", [(1, "Early life"), (1, "Work")],
                          ["From Wikipedia", "redirects here", "This article is about", "[edit]"],
                          [ADA_LEAD, ADA_EARLY, ADA_WORK]),
    "see_also_body": (SEE_ALSO_BODY, "Quay", [(1, "Construction"), (1, "Use")], ["From Wikipedia", "[edit]"],
                      [QUAY_LEAD, QUAY_BUILD, QUAY_SEE_ALSO]),
    "main_article_book": (MAIN_ARTICLE_BOOK, "Main Article", [(1, "Plot"), (1, "Reception")], ["From New World Encyclopedia"],
                          [BOOK_LEAD, BOOK_PLOT, BOOK_RECEPTION]),
    "short_line_body": (SHORT_LINE_BODY, "Hulk (ship)", [(1, "Uses"), (1, "History")], ["From Wikipedia", "[edit]"],
                        [HULK_LEAD, HULK_USES, SHORT_BODY_LINE, HULK_LAST]),
    "plain_subtitle": (PLAIN_SUBTITLE, "Harbour Days", None, [],
                       ["From the Archives", ARCHIVES_TEXT, ARCHIVES_TEXT2]),
    "essay_first_head": (ESSAY_FIRST_HEAD, "Lighthouse", [(1, "The Keeper"), (1, "The Ledger")], [], [ESSAY_TEXT, ESSAY_TEXT2]),
    "fandom_edit_source": (FANDOM, "Iron Barge", [(1, "Crew"), (1, "Route")], ["[edit", "edit source]"],
                           [FANDOM_LEAD, FANDOM_CREW, FANDOM_ROUTE]),
    "print_to_pdf": (PRINTED, "Breakwater (structure)", [(1, "Types"), (1, "Design")],
                     ["From Wikipedia", "[edit]", "9:14 AM", "1/2", "2/2"],
                     ["A rubble breakwater at low tide", PRINT_LEAD, PRINT_LEAD2, PRINT_LEAD3, PRINT_LEAD4, PRINT_LEAD5, PRINT_TYPES, PRINT_DESIGN]),
    "simple_wiki": (SIMPLE_WIKI, "Ferry", [(1, "Kinds of ferries"), (1, "Safety")],
                    ["From Simple English Wikipedia", "Main article:"], [SIMPLE_LEAD, SIMPLE_KINDS, SIMPLE_SAFETY]),
    "national_encyclopedia": (NATIONAL_ENCYCLOPEDIA, "Fjord horse", [(1, "Appearance"), (1, "Use")],
                              ["From Example Encyclopaedia", "See also: Horse breeds"],
                              ["Fjord horse at a summer show", NATIONAL_LEAD, NATIONAL_LOOKS, NATIONAL_USE]),
    "section_named_like_a_box": (SECTION_NAMED_LIKE_A_BOX, "Sailing ship", [(1, "Navigation"), (1, "Rigging")],
                                 ["From Wikipedia"], [SHIP_LEAD, SHIP_NAV, SHIP_RIG]),
    "infobox_rows": (INFOBOX, "Ada Example", [(1, "Early life"), (1, "Work")], ["From Wikipedia", "[edit]"],
                     ["Ada Example in 1840", "Born | Augusta Ada Example", "Occupation | Mathematician, writer",
                      ADA_LEAD, ADA_EARLY, ADA_WORK]),
    "old_revision": (OLD_REVISION, "Watermill", [(1, "Wheels"), (1, "Decline")],
                     ["From A Storehouse", "Revision as of", "Older revision", "Jump to"], [MILL_LEAD, MILL_WHEEL, MILL_DECLINE]),
    "three_level_contents": (THREE_LEVEL_CONTENTS, "Book",
                             [(1, "History of books"), (2, "Antiquity"), (3, "Scroll"), (2, "Middle Ages"), (1, "Modern books")],
                             ["From New World Encyclopedia", "Main article:", "1.1.1 Scroll"],
                             [VOLUME_LEAD, VOLUME_ANTIQUITY, VOLUME_SCROLL, VOLUME_MIDDLE, VOLUME_MODERN]),
    "vector_2022_contents": (VECTOR_2022, "Kite", [(1, "History"), (2, "China"), (2, "Europe"), (1, "Design")],
                             ["From Wikipedia", "Toggle", "(Top)", "[edit]", "1.1 China"],
                             [KITE_LEAD, KITE_CHINA, KITE_EUROPE, KITE_DESIGN]),
    "novel_subtitle": (NOVEL_SUBTITLE, "A Reading Guide", None, [], ["From Here to Eternity", NOVEL_TEXT, NOVEL_TEXT2]),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_encyclopedia_page(name):
    text, title, headings, gone, kept = PAGES[name]
    doc = doc_of(text)
    assert doc.title == title
    if headings is not None:   # the plain pages: only that their 'From …' line stays (a subtitle or a head)
        assert _levels(doc) == headings
    whole = _all_text(doc)
    for line in gone:
        assert line not in whole, line
    for line in kept:
        assert _norm(line) in whole, line


def test_caption_is_no_heading_and_stays():
    """The lead image's caption between the tagline and the lead is body, never a section."""
    doc = doc_of(NWE_SELECT_ALL)
    assert "A tin lantern with a candle" in [p.text for p in doc.front]
