"""Skip links, back links and a lone image label above a page's headline: site chrome in every language.

A row of ``chrome_words.CHROME_LINES["site-chrome"]`` (kept apart for the line budget); folded by
``scripts/gen_folded_words.py`` with the rest.
"""

from __future__ import annotations

SKIP_LINKS: tuple[str, ...] = (
    "go back", "back to home", "image", "photo", "bild", "foto", "slika", "kuva", "imagen", "immagine",
    "imagem", "zuruck", "retour", "volver", "voltar", "indietro", "tillbaka", "vrati se", "natrag",
    "nazad", "hoppa till innehallet", "ga till innehallet", "ga till huvudinnehallet", "hoppa till huvudinnehall", "hoppa till innehall",
    "hopp til innhold", "hopp til hovedinnhold", "spring til indhold", "ga til indhold",
    "siirry sisaltoon", "hyppaa sisaltoon", "naar inhoud springen", "ga naar de inhoud",
    "aller au contenu", "aller au contenu principal", "passer au contenu", "saltar al contenido",
    "ir al contenido", "ir al contenido principal", "vai al contenuto", "salta al contenuto",
    "pular para o conteudo", "ir para o conteudo", "przejdz do tresci", "preskoci na sadrzaj",
    "idi na sadrzaj", "salt la continut", "treci la continut", "перейти к содержанию",
    "перейти до вмісту", "icerige atla", "skip to content", "skip navigation",
    # the same skip link in more scripts (a theme's translations): Persian, Arabic, Hebrew, Greek,
    # Korean, Japanese, Chinese, Czech, Slovak, Hungarian, Bulgarian, Serbian, Indonesian, Vietnamese, Thai
    "رفتن به محتوا", "رفتن به محتوای اصلی", "پرش به محتوا", "انتقل إلى المحتوى", "تخطى إلى المحتوى",
    "الانتقال إلى المحتوى", "דלג לתוכן", "דלג לתוכן הראשי", "μετάβαση στο περιεχόμενο",
    "μετάβαση στο κύριο περιεχόμενο", "콘텐츠로 건너뛰기", "본문 바로가기", "コンテンツへスキップ",
    "本文へスキップ", "跳至内容", "跳至主要内容", "跳到主要內容", "přejít k obsahu", "preskočiť na obsah",
    "ugrás a tartalomhoz", "към съдържанието", "пређи на садржај", "langsung ke konten",
    "lompat ke konten", "chuyển đến nội dung", "ข้ามไปยังเนื้อหา",
    # the same link to the main content ("… main content") where a theme says which content
    "przejdź do treści głównej", "przejdź do głównej treści", "zum hauptinhalt springen", "direkt zum inhalt",
    "springe direkt zu inhalt", "springe direkt zum inhalt", "springe zum inhalt", "zum inhalt springen", "zum inhalt",
    "zur suche", "zur navigation", "zur hauptnavigation", "hauptnavigation", "zum seitenanfang", "nach oben",
    "salta al contenuto principale", "vai al contenuto principale", "pular para o conteúdo principal",
    "ir para o conteúdo principal", "saltar al contenido principal", "sari la conținut", "salt la conținutul principal",
    "перейти к основному содержанию", "перейти до основного вмісту", "ana içeriğe atla", "içeriğe geç",
    "məzmuna keç", "əsas məzmuna keç", "انتقل إلى المحتوى الرئيسي", "تخطى إلى المحتوى الرئيسي",
    "naar hoofdinhoud", "ga naar hoofdinhoud", "hoppa till huvudinnehallet",
    "ir directamente al contenido", "click acá para ir directamente al contenido", "clic aquí para ir al contenido",
    "haga clic aquí para ir al contenido", "click here to skip to content", "jump to content", "jump to main content",
    # is, et, lv, lt, sl, mk, sq, ka, hy, kk, uz: the skip link in more languages
    "fara í efni", "fara í meginmál", "hoppa yfir í efni", "liigu sisu juurde", "mine sisu juurde", "pāriet uz saturu",
    "pereiti į turinį", "pereiti prie turinio", "skoči na vsebino", "preskoči na vsebino", "прескокни до содржината",
    "kalo te permbajtja", "kalo tek përmbajtja", "გადასვლა შინაარსზე", "անցնել բովանդակությանը",
    "мазмұнға өту", "kontentga o'tish", "asosiy kontentga o'tish",
)
