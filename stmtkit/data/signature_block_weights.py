"""Weights of the features that choose a signature block among the candidates.

A candidate's score is the sum of weight × feature (each feature in 0..1,
named in ``stmtkit.signatories.candidates``); the best candidate at or above
``THRESHOLD`` is the block.  Set by hand against the fixtures and the corpus:
a heading is the strongest evidence, a closing formula or a table of signers
next, a run of names with no cue the weakest; names that read as people or
organisations, and a block that closes the text, add to any of them.
"""

from __future__ import annotations

WEIGHTS: dict[str, float] = {
    # what opened the block
    "cue_heading": 3.0,
    "cue_table": 2.5,
    "cue_closing": 2.4,
    "cue_weak_heading": 2.0,
    "cue_closing_sentence": 1.2,  # "… we remain, with kind regards." ending the last sentence, the signer below
    "cue_sentence_heading": 1.2,
    "cue_signing_sentence": 1.1,  # "The statement is signed by the following unions." above the names
    "cue_bare_run": 1.5,
    "cue_sign_off": 1.0,  # one name closing the text, its function on the line below
    "cue_name_paragraph": 1.2,
    "cue_lead_names": 1.0,  # a line of five full names or more under the headline, the text below
    "cue_name_column": 0.9,
    "cue_closing_organisation": 1.0,
    "cue_organisation_line": 1.3,  # "Harbour Union, Friends of the River, Green Youth Network" closing the text
    # the block itself
    "names": 1.0,  # share of signatories whose name reads as a person or an organisation
    "entries": 0.3,  # how many signatories, up to five
    "closes_text": 0.5,  # at most one paragraph after the block
    "after_body": 0.2,  # a paragraph of text above the block: signers sign a text
    # share of entries a web page wrote from one link alone: tags, related headlines, login links (a heading
    # or a closing formula still carries linked names: not weighed there; a run of names with no cue does not pass on links)
    "links": -2.5,
}

THRESHOLD = 1.5
