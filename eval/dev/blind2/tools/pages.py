"""Agency-shaped text dumps (what a scraper saves from a page), written for this set, not copied.

Each shape: headline (once or twice), lead where the agency has one, body, the agency's end marker
or code line, then footer lines (related links, tags, share, sponsors, copyright, date line).
"""
from __future__ import annotations

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
JMONTH = {8: "آبان", 9: "آذر"}
WEEKDAY = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
GMONTH = {10: "اکتبر", 11: "نوامبر"}


def fa(s) -> str:
    return str(s).translate(FA)


def jalali(date: str) -> tuple[int, int, int]:
    """Only the autumn 2026 dates this set uses: 1 Aban 1405 = 23 Oct 2026, 1 Azar = 22 Nov."""
    y, m, d = (int(x) for x in date.split("-"))
    assert y == 2026 and m in (10, 11)
    doy = (d - 23) if m == 10 else (31 - 23 + d)  # days since 23 Oct
    if doy < 30:
        return 1405, 8, doy + 1
    return 1405, 9, doy - 30 + 1


def weekday(date: str) -> str:
    import datetime
    return WEEKDAY[datetime.date.fromisoformat(date).weekday()]


def jdate_long(a) -> str:
    y, m, d = jalali(a["date"])
    return f"{fa(d)} {JMONTH[m]} {fa(y)}"


def gdate_long(a) -> str:
    y, m, d = (int(x) for x in a["date"].split("-"))
    return f"{fa(d)} {GMONTH[m]} {fa(y)}"


def render(a) -> str:
    from build import z, degrade
    title, lead = z(a["title"]), z(a.get("lead"))
    body = [z(p) for p in a["body"]]
    ag = a["agency"]
    t = a.get("time", "10:00")
    tags = [z(x) for x in a.get("tags", [])]
    related = [z(x) for x in a.get("related", [])]
    jd = jdate_long(a)
    y, m, d = jalali(a["date"])
    jnum = f"{fa(y)}/{fa(f'{m:02d}')}/{fa(f'{d:02d}')}"
    top, foot = [], []
    end = []
    if ag == "tasnim":
        top = [title, title] + ([lead] if lead else [])
        end = ["انتهای پیام/"]
        foot = ["پربیننده‌ترین اخبار بین‌الملل"] + related + ["اخبار روز بین‌الملل", "تبلیغات",
                "همراه اول", "رایتل", "پاکسان", "فونیکس", "شهر خبر", f"{weekday(a['date'])} {jd} - {fa(t)}"]
    elif ag == "irna":
        top = ([z(a["kicker"])] if a.get("kicker") else []) + [title, f"{jd}، {fa(t)}", "کد خبر: " + fa(a.get("code", "85012345"))]
        top += [lead] if lead else []
        end = [a.get("code_line", "۲۱۸۴**۱۳۹۸")]
        foot = ["خبرهای مرتبط"] + related + ["برچسب‌ها"] + tags + ["کلیه حقوق این سایت متعلق به خبرگزاری جمهوری اسلامی است."]
    elif ag == "isna":
        top = [title, f"{jd} / {fa(t)}", "کد خبر: " + fa(a.get("code", "1405090805123"))] + ([lead] if lead else [])
        end = ["انتهای پیام"]
        foot = ["برچسب‌ها: " + "، ".join(tags), "اخبار مرتبط"] + related + ["کپی لینک", "تمامی حقوق این سایت متعلق به خبرگزاری دانشجویان ایران (ایسنا) است."]
    elif ag == "mehr":
        top = [jd + "، " + fa(t), title] + ([lead] if lead else [])
        end = ["کد خبر " + fa(a.get("code", "6712345"))]
        foot = ["برچسب‌ها"] + tags + ["لینک کوتاه", "خبرگزاری مهر را در شبکه‌های اجتماعی دنبال کنید", "© ۱۴۰۵ کلیه حقوق این سایت متعلق به خبرگزاری مهر است."]
    elif ag == "fars":
        top = [title, title] + ([lead] if lead else [])
        end = ["انتهای پیام/"]
        foot = ["منبع: فارس", "اخبار پیشنهادی"] + related + ["اشتراک گذاری", jnum + " - " + fa(t), "تمامی حقوق برای خبرگزاری فارس محفوظ است."]
    elif ag == "bbcpersian":
        top = [title, gdate_long(a)]
        foot = ["خبرهای مرتبط"] + related + ["بی‌بی‌سی مسئول محتوای سایت‌های دیگر نیست.", "© ۲۰۲۶ بی بی سی."]
    elif ag == "radiofarda":
        top = [title, f"{gdate_long(a)} {t.translate(FA)}"] + ([lead] if lead else [])
        foot = ["اشتراک‌گذاری", "مطالب مرتبط"] + related + ["© ۲۰۲۶ رادیو فردا. همه حقوق محفوظ است."]
    elif ag == "iranintl":
        top = [title, title, f"{gdate_long(a)}، {fa(t)}"]
        foot = ["بیشتر بخوانید"] + related + ["ایران اینترنشنال را در تلگرام دنبال کنید", "© ۲۰۲۶ ایران اینترنشنال"]
    elif ag == "hamshahri":
        top = [title] + ([lead] if lead else [])
        end = [f"{weekday(a['date'])} {jd} - {fa(t)}"]
        foot = ["برچسب‌ها"] + tags + ["خبرهای مرتبط"] + related + ["همشهری آنلاین، پایگاه خبری روزنامه همشهری"]
    elif ag == "khabaronline":
        top = [title, f"کد خبر {fa(a.get('code', '2098765'))}", f"تاریخ انتشار: {weekday(a['date'])} {jd} - {fa(t)}"] + ([lead] if lead else [])
        foot = ["۲۱۶۲۱۶", "برچسب‌ها:"] + tags + ["اخبار مرتبط"] + related + ["تمامی حقوق برای خبرآنلاین محفوظ است."]
    elif ag == "yjc":
        top = [title, title] + ([lead] if lead else [])
        end = ["انتهای پیام/"]
        foot = ["کد خبر: " + fa(a.get("code", "9123456")), jnum + " " + fa(t), "برچسب ها:"] + tags + ["اخبار پیشنهادی"] + related + ["تمامی حقوق برای باشگاه خبرنگاران جوان محفوظ است."]
    elif ag == "euronews-fa":
        top = [title, f"{fa(a['date'][8:10])}/{fa(a['date'][5:7])}/{fa(a['date'][:4])} - {fa(t)} GMT+۱"]
        foot = ["اشتراک‌گذاری این مطلب", "مطالب بیشتر"] + related + ["یورونیوز فارسی"]
    elif ag == "entekhab":
        top = [title, f"تاریخ انتشار: {fa(t)} - {jd}", "کد خبر: " + fa(a.get("code", "912345"))] + ([lead] if lead else [])
        foot = ["منبع: " + z(a.get("source_label", "انتخاب")), "پربازدیدترین‌ها"] + related + ["کلیه حقوق مادی و معنوی برای پایگاه خبری انتخاب محفوظ است."]
    elif ag == "ilna":
        top = [title, title, f"{jd} {fa(t)}", "کد خبر : " + fa(a.get("code", "1760123"))] + ([lead] if lead else [])
        end = ["انتهای پیام/"]
        foot = ["برچسب‌ها:"] + tags + ["خبرهای مرتبط"] + related + ["کلیه حقوق این سایت متعلق به خبرگزاری کار ایران (ایلنا) است."]
    else:
        raise ValueError(ag)
    parts = top + body + end + foot
    page = "\n\n".join(parts) + "\n"
    return degrade(page, a.get("degrade"))
