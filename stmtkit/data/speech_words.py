"""Verbs of saying, per language: the lists stage asks them only of dash-led paragraphs that hold a comma (a
module of its own, loaded then: a one-file run builds no table it does not ask)."""

from __future__ import annotations

# Verbs of saying that attribute a quote after its comma ("…, skriver Kari Holm", "…, says the mayor", "…, — сказал
# он"): dash-led paragraphs each so attributed are quotes, as Nordic and Russian papers open them, not a list.
SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("says", "said", "writes", "wrote", "adds", "added", "told"),
    "no": ("sier", "sa", "skriver", "skrev", "forteller", "fortalte", "mener"),
    "sv": ("säger", "sa", "sade", "skriver", "skrev", "berättar", "menar"),
    "da": ("siger", "sagde", "skriver", "skrev", "fortæller", "mener"),
    "fi": ("sanoo", "sanoi", "kirjoittaa", "kertoo", "kertoi"),
    "de": ("sagt", "sagte", "schreibt", "schrieb", "erklärt", "erklärte"),
    "nl": ("zegt", "zei", "schrijft", "schreef"),
    "ru": ("сказал", "сказала", "говорит", "заявил", "заявила", "пишет"),
    "uk": ("сказав", "сказала", "каже", "заявив", "заявила", "пише"),
    "pl": ("mówi", "powiedział", "powiedziała", "pisze"),
    "fr": ("dit", "a dit", "écrit", "déclare", "a déclaré", "explique"),
    "es": ("dice", "dijo", "escribe", "afirma", "afirmó"),
    "it": ("dice", "ha detto", "scrive", "afferma", "ha dichiarato"),
    "pt": ("diz", "disse", "escreve", "afirma", "afirmou"),
}
