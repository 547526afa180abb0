#!/usr/bin/env python3
"""Writes the bundled example projects, in English and in Dutch.

The two files describe the same (fictional) process with the same ids, so
the app shows the example in the desktop's language.  Run from the top of
the tree after changing the texts:  build-aux/make-examples.py
"""
import json
import os

T = "2026-11-20T09:30:00Z"

# (name, category, interest, benefit, willingness, now, wanted, ambassador,
#  informed-only, critical-voice, notes) in English and Dutch.
STAKEHOLDERS = [
    ("school", "high", 1, 4, True, False, False,
     ("Primary schools", "Culture that fits the themes pupils work on this year",
      "Lessons that build on their own plans instead of a fixed menu",
      "Two schools asked for a theme-based programme; start the pilot with them."),
     ("Basisscholen", "Cultuur die past bij de thema's waar leerlingen dit jaar aan werken",
      "Lessen die voortbouwen op hun eigen plannen in plaats van een vast menu",
      "Twee scholen vroegen om een programma rond hun thema's; begin de pilot met hen.")),
    ("pupil", "unknown", 1, 3, False, False, False,
     ("Pupils", "Lessons that are about their world and let them make things",
      "A say in what they learn and who they meet",
      "Easily overlooked: we always decide on their behalf. Invite a pupil council to one session."),
     ("Leerlingen", "Lessen over hun eigen wereld, waarin ze zelf iets maken",
      "Inspraak in wat ze leren en wie ze ontmoeten",
      "Worden makkelijk vergeten: we denken altijd voor hen. Nodig een leerlingenraad uit voor een sessie.")),
    ("teacher", "medium", 1, 3, False, False, False,
     ("Teachers", "Cultural lessons that fit the classroom and the timetable",
      "Less preparation, more ownership of the programme", ""),
     ("Leerkrachten", "Cultuurlessen die passen in de klas en het rooster",
      "Minder voorbereiding, meer eigenaarschap van het programma", "")),
    ("culture-coordinator", "high", 2, 4, True, False, False,
     ("Culture coordinators", "A clear line of cultural education through the school years",
      "A partner who thinks along with the school plan",
      "Natural ambassadors of ideas inside the schools."),
     ("Cultuurcoördinatoren", "Een doorgaande lijn in cultuuronderwijs door alle leerjaren",
      "Een partner die meedenkt met het schoolplan",
      "Vanzelfsprekende ambassadeurs van ideeën binnen de scholen.")),
    ("board", "low", 1, 2, False, True, False,
     ("School boards", "Quality and continuity of cultural education",
      "Evidence that the money reaches the classroom",
      "Keep informed of results; no active role in the pilot."),
     ("Schoolbesturen", "Kwaliteit en continuïteit van cultuuronderwijs",
      "Zien dat het geld in de klas terechtkomt",
      "Op de hoogte houden van de resultaten; geen actieve rol in de pilot.")),
    ("library", "high", 1, 3, True, False, False,
     ("Public library", "Reading promotion and media literacy in every school",
      "Closer ties with teachers and pupils", ""),
     ("Bibliotheek", "Leesbevordering en mediawijsheid op elke school",
      "Nauwere banden met leerkrachten en leerlingen", "")),
    ("theatre", "medium", 1, 3, False, False, False,
     ("Theatre", "Young audiences and educational performances",
      "Productions that grow from what schools ask for", ""),
     ("Theater", "Jong publiek en educatieve voorstellingen",
      "Voorstellingen die groeien uit wat scholen vragen", "")),
    ("cultural-centre", "medium", 1, 2, False, False, False,
     ("Cultural centre", "Courses and workshops for children",
      "New participants through the schools", ""),
     ("Cultureel centrum", "Cursussen en workshops voor kinderen",
      "Nieuwe deelnemers via de scholen", "")),
    ("venue", "low", 1, 2, False, False, True,
     ("Music venue", "Young people on stage and in the hall",
      "A place in the school programme all year round",
      "Worried that a custom programme costs more than it brings; a healthy critical voice."),
     ("Poppodium", "Jongeren op het podium en in de zaal",
      "Het hele jaar een plek in het schoolprogramma",
      "Bang dat maatwerk meer kost dan het oplevert; een gezonde kritische stem.")),
    ("educator", "high", 2, 4, False, False, False,
     ("Independent artists", "Paid work in education that uses their craft",
      "Room to develop lessons with teachers", ""),
     ("Zelfstandige kunstenaars", "Betaald werk in het onderwijs waarin hun vak tot zijn recht komt",
      "Ruimte om samen met leerkrachten lessen te ontwikkelen", "")),
    ("manager", "none", 1, 1, False, True, False,
     ("Municipality", "A broad cultural offer for every child in town",
      "Policy goals met with the same budget",
      "Funds the basic menu; wants a short report after the pilot."),
     ("Gemeente", "Een breed cultuuraanbod voor elk kind in de gemeente",
      "Beleidsdoelen halen met hetzelfde budget",
      "Financiert het basismenu; wil na de pilot een kort verslag.")),
]

# The side of the ladder: the cultural providers supply the schools, so
# they stand on the producer side (their rungs above are producer rungs);
# the schools and the rest take part, on the consumer side.
PRODUCER_CATEGORIES = {"library", "theatre", "cultural-centre", "venue"}
PRODUCER_NAMES = {"Independent artists"}   # category "educator", but they supply


def side_of(category, name_en):
    if category in PRODUCER_CATEGORIES or name_en in PRODUCER_NAMES:
        return "producer"
    return "consumer"


# (kind, status, stakeholder index or None, (text, owner) en, (text, owner) nl)
NOTES = [
    ("fear", "parked", None,
     ("If every school gets its own programme, will we still have the volume that keeps the menu affordable?", "Manager"),
     ("Als elke school een eigen programma krijgt, houden we dan genoeg volume om het menu betaalbaar te houden?", "Manager")),
    ("fear", "parked", 6,
     ("Providers may feel we take their work away when we act as process guide.", "Education manager"),
     ("Aanbieders kunnen het gevoel krijgen dat we hun werk overnemen als we procesbegeleider worden.", "Onderwijsmanager")),
    ("obstacle", "discussed", 2,
     ("Teachers have little time for extra sessions during the school year.", "Education manager"),
     ("Leerkrachten hebben tijdens het schooljaar weinig tijd voor extra sessies.", "Onderwijsmanager")),
    ("question", "parked", 9,
     ("Who owns a lesson that a school and an artist develop together?", ""),
     ("Van wie is een les die een school en een kunstenaar samen ontwikkelen?", "")),
    ("obstacle", "discussed", None,
     ("Our own habit: we start writing an offer before we have asked what the school needs.", "Process guide"),
     ("Onze eigen gewoonte: we schrijven al een aanbod voordat we gevraagd hebben wat de school nodig heeft.", "Procesbegeleider")),
    ("idea", "parked", 0,
     ("Let the frontrunner school lead the next session and host it at their place.", "Education manager"),
     ("Laat de voorloperschool de volgende sessie leiden, bij hen op school.", "Onderwijsmanager")),
    ("idea", "resolved", None,
     ("Map our own talents, so people work from talent rather than job title.", "Manager"),
     ("Breng onze eigen talenten in kaart, zodat mensen vanuit talent werken in plaats van functie.", "Manager")),
    ("question", "parked", 4,
     ("How do we keep the school boards informed without asking them for more meetings?", ""),
     ("Hoe houden we de schoolbesturen op de hoogte zonder hen om meer overleg te vragen?", "")),
]

PROJECT = {
    "en": {
        "title": "From menu to co-creation",
        "organisation": "Cultural education foundation, Uden",
        "client-wants": "Schools work with yearly themes and want cultural lessons that fit those themes, their pupils and their timetable. A fixed menu no longer matches that; several schools told us so.",
        "mission": "We connect schools and local culture so that every child meets the arts in a way that fits their school. We want to develop that offer together with schools and providers, and move from mass customiser towards facilitator.",
        "approach": "Besides coordinator and marketplace, we take on the roles of inspirer, process guide and adviser. We start with a pilot with two schools and the providers who want to join, and coach each other weekly.",
        "current": "We publish a menu each spring; schools sign up, providers deliver. Evaluation is a form at the end of the year.",
        "fit-notes": "The menu stays as a base for schools that want it. Theme-based work with schools that ask for it is the new part; the pilot tells us what that asks of us.",
    },
    "nl": {
        "title": "Van menu naar co-creatie",
        "organisation": "Stichting voor cultuuronderwijs, Uden",
        "client-wants": "Scholen werken met jaarthema's en willen cultuurlessen die passen bij die thema's, bij hun leerlingen en bij hun rooster. Een vast menu sluit daar niet meer op aan; meerdere scholen hebben dat laten weten.",
        "mission": "We verbinden scholen en lokale cultuur, zodat elk kind kunst ontmoet op een manier die bij de school past. Dat aanbod willen we samen met scholen en aanbieders ontwikkelen: van massamaatwerker naar facilitator.",
        "approach": "Naast coördinator en marktplaats nemen we de rollen van inspirator, procesbegeleider en adviseur op ons. We beginnen met een pilot met twee scholen en de aanbieders die mee willen doen, en coachen elkaar wekelijks.",
        "current": "Elk voorjaar publiceren we een menu; scholen schrijven zich in, aanbieders leveren. De evaluatie is een formulier aan het eind van het jaar.",
        "fit-notes": "Het menu blijft als basis voor scholen die dat willen. Werken rond thema's met scholen die daarom vragen is het nieuwe deel; de pilot laat zien wat dat van ons vraagt.",
    },
}


def build(lang):
    i = 0 if lang == "en" else 1
    stakeholders = []
    for n, (cat, will, now, wanted, amb, inf, crit, en, nl) in enumerate(STAKEHOLDERS):
        name, interest, benefit, notes = (en, nl)[i]
        stakeholders.append({
            "id": "5f0c2a52-6a3e-4c57-9a43-1d7e6b0f2a%02x" % (n + 1),
            "name": name, "category": cat, "interest": interest, "benefit": benefit,
            "willingness": will, "side": side_of(cat, en[0]),
            "role-now": now, "role-wanted": wanted,
            "ambassador": amb, "informed-only": inf, "critical-voice": crit,
            "notes": notes, "colour": "", "modified": T,
        })
    notes = []
    for n, (kind, status, link, en, nl) in enumerate(NOTES):
        text, owner = (en, nl)[i]
        notes.append({
            "id": "8a1d6c10-2b4e-4f3a-8c5d-9e0f1a2b3c%02x" % (n + 1),
            "text": text, "kind": kind, "status": status, "owner": owner,
            "stakeholder": stakeholders[link]["id"] if link is not None else "",
            "created": T, "modified": T,
        })
    p = PROJECT[lang]
    return {
        "format": "samenspel", "version": 1,
        "id": "3c9d8e7f-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
        "title": p["title"], "organisation": p["organisation"],
        "created": "2026-09-01T08:00:00Z", "modified": T,
        "ladder": {"producer-now": 1, "producer-wanted": 4,
                   "consumer-now": 1, "consumer-wanted": 3},
        "vision": {k: p[k] for k in ("client-wants", "mission", "approach", "current")}
                  | {"verdict": "partly", "fit-notes": p["fit-notes"]},
        "stakeholders": stakeholders,
        "notes": notes,
    }


if __name__ == "__main__":
    top = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    for lang, name in (("en", "culture-foundation.samenspel"),
                       ("nl", "culture-foundation.nl.samenspel")):
        with open(os.path.join(top, "data", "examples", name), "w", encoding="utf-8") as f:
            json.dump(build(lang), f, indent=2, ensure_ascii=False)
            f.write("\n")
