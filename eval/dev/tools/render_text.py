"""Render a clean article as a scraper's text dump, in the habits of each agency's pages."""
from __future__ import annotations

from common import J_MONTHS, G_MONTHS, fa, to_greg, to_jal, weekday

SPONSORS = ["همراه اول", "ایرانسل", "رایتل", "بانک ملت", "بیمه ایران", "دیجی‌کالا", "اسنپ", "تپسی", "بانک سپه", "ایران‌خودرو"]


def jdate_text(art: dict, style: str) -> str:
    y, m, d = art["jdate"]
    t = fa(art["time"]) if art.get("time") else ""
    if style == "slash":
        s = fa(f"{y}/{m:02d}/{d:02d}")
        return f"{s} - {t}" if t else s
    if style == "weekday":
        s = f"{weekday(art['jdate'])} {fa(d)} {J_MONTHS[m-1]} {fa(y)}"
        return f"{s} - {t}" if t else s
    if style == "comma":
        s = f"{fa(d)} {J_MONTHS[m-1]} {fa(y)}"
        return f"{s}، {t}" if t else s
    s = f"{fa(d)} {J_MONTHS[m-1]} {fa(y)}"
    return f"{s} - {t}" if t else s


def gdate_text(art: dict) -> str:
    y, m, d = art["gdate"]
    return f"{fa(d)} {G_MONTHS[m-1]} {fa(y)}"


def _sect(art):
    return art.get("section_page") or art.get("section") or "سیاسی"


def footer(art: dict) -> tuple[str | None, list[str]]:
    """(end marker line or None, footer lines) for the agency."""
    a, sec, o = art["agency"], _sect(art), art.get("opts", {})
    code = fa(o.get("code", "1234567"))
    date_line = jdate_text(art, o.get("footer_date", "slash")) if art.get("jdate") and not o.get("date_top") else None
    if a == "tasnim":
        lines = [f"پربیننده‌ترین اخبار {sec}", f"اخبار روز {sec}", "آخرین خبرهای روز", "تبلیغات"] + SPONSORS[:7]
        return "انتهای پیام/", ([date_line] if date_line else []) + lines
    if a == "irna":
        return f"{fa(o.get('irna_code', '3276'))}**{fa('1363')}", [
            f"کد خبر {code}", date_line or "", "خبرنگار: " + o.get("reporter", "محمد رضایی"),
            "انتشاردهنده: " + o.get("publisher", "زهرا احمدی"), "برچسب‌ها", *o.get("tags", []),
            "اخبار مرتبط", *o.get("related", []), "© ۲۰۲۶ خبرگزاری جمهوری اسلامی ایران. تمامی حقوق محفوظ است."]
    if a == "isna":
        return "انتهای پیام", ([date_line] if date_line else []) + [
            f"کد خبر: {code}", "برچسب‌ها:", *o.get("tags", []), "اخبار مرتبط", *o.get("related", []),
            "نظرات", "تمامی حقوق این سایت متعلق به خبرگزاری دانشجویان ایران (ایسنا) است"]
    if a == "mehr":
        return None, [f"کد خبر {code}", date_line or "", "برچسب‌ها", *o.get("tags", []), "لینک کوتاه",
                      "کپی شد", "نظر شما", "اخبار مرتبط", *o.get("related", []),
                      "کلیه حقوق این سایت متعلق به خبرگزاری مهر است"]
    if a == "fars":
        return "انتهای پیام/", [f"کد خبر: {code}", date_line or "", "پربازدیدترین‌ها", *o.get("related", []),
                                "فارس من", "اشتراک‌گذاری", "چاپ", "تمام حقوق برای خبرگزاری فارس محفوظ است"]
    if a == "ilna":
        return "انتهای پیام/", [date_line or "", f"کد خبر : {code}", "اخبار مرتبط", *o.get("related", []),
                                "ایلنا، خبرگزاری کار ایران"]
    if a == "yjc":
        return "انتهای پیام/", [f"کد خبر: {code}", date_line or "", "برچسب ها:", *o.get("tags", []),
                                "پربیننده ترین ها", *o.get("related", []), "اخبار پیشنهادی", *SPONSORS[3:6]]
    if a == "khabaronline":
        return None, [f"کد خبر {code}", date_line or "", "برچسب‌ها", *o.get("tags", []),
                      "خبرهای مرتبط", *o.get("related", []), "نظر شما", "پربازدیدترین"]
    if a == "hamshahri":
        return None, [f"کد خبر {code}", date_line or "", "برچسب‌ها", *o.get("tags", []), "خبرهای مرتبط", *o.get("related", []),
                      "همشهری آنلاین"]
    if a == "entekhab":
        return None, [f"کد مطلب: {code}", date_line or "", "برچسب ها:", *o.get("tags", []), "ارسال نظر",
                      "لینک کوتاه", "پربیننده‌ترین‌ها", *o.get("related", [])]
    if a == "bbcpersian":
        return None, ["مطالب مرتبط", *o.get("related", []), "موضوعات مرتبط", *o.get("tags", []),
                      "پربیننده‌ترین", "© ۲۰۲۶ بی‌بی‌سی. بی‌بی‌سی مسئول محتوای سایت‌های دیگر نیست.",
                      "بیشتر درباره سیاست ما در مورد لینک به بیرون بخوانید."]
    if a == "radiofarda":
        return None, ["مطالب مرتبط", *o.get("related", []), "نظرات", "اشتراک‌گذاری", "رادیو فردا",
                      "© ۲۰۲۶ رادیو فردا. تمام حقوق محفوظ است."]
    if a == "iranintl":
        return None, ["اخبار مرتبط", *o.get("related", []), "ایران اینترنشنال را در شبکه‌های اجتماعی دنبال کنید",
                      "تلگرام", "اینستاگرام", "ایکس", "© ۲۰۲۶ ایران اینترنشنال"]
    if a == "euronews-fa":
        return None, ["اشتراک‌گذاری", "نظرات", "خبرهای مرتبط", *o.get("related", []), "بیشتر بخوانید",
                      "یورونیوز فارسی", "حقوق نشر © ۲۰۲۶ یورونیوز"]
    raise KeyError(a)


SUFFIX = {
    "tasnim": " - خبرگزاری تسنیم | Tasnim", "irna": " - ایرنا", "isna": " - ایسنا", "mehr": " - خبرگزاری مهر | اخبار ایران و جهان | Mehr News Agency",
    "fars": " | خبرگزاری فارس", "ilna": " - ایلنا", "yjc": " - باشگاه خبرنگاران جوان", "khabaronline": " - خبرآنلاین",
    "hamshahri": " - همشهری آنلاین", "entekhab": " - انتخاب", "bbcpersian": " - BBC News فارسی",
    "radiofarda": " - رادیو فردا", "iranintl": " | ایران اینترنشنال", "euronews-fa": " | یورونیوز",
}


def render(art: dict) -> str:
    o = art.get("opts", {})
    title = art["title"]
    blocks: list[str] = [] if o.get("title_once") else [title + (SUFFIX[art["agency"]] if o.get("suffix") else "")]
    if o.get("date_top") and art.get("jdate"):
        blocks.append(jdate_text(art, o.get("date_style", "dash")))
    if o.get("kicker"):
        blocks.append(o["kicker"])
    blocks.append(title)
    if art.get("gdate"):
        gd = gdate_text(art)
        if art["agency"] == "radiofarda":
            jy, jm, jd = to_jal(art["gdate"])
            gd = f"{fa(jd)} {J_MONTHS[jm-1]} {fa(jy)} - {gd}"
        blocks.append(gd)
    if art.get("lead"):
        blocks.append(art["lead"])
    blocks.extend(art["body"])
    end, foot = footer(art)
    if end:
        blocks.append(end)
    foot = [f for f in foot if f]
    if o.get("cut") is not None:
        n, chars = o["cut"]
        foot = foot[:n]
        if chars and foot:
            foot[-1] = foot[-1][:chars]
    sep = "\n" if o.get("compact") else "\n\n"
    text = sep.join(blocks) + "\n\n" + "\n".join(foot)
    return text if o.get("cut") else text + "\n"
