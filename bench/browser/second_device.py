#!/usr/bin/python3
"""The interviewer's two devices on two instances: an answer given on one shows on the other.

Against `deploy/local/run.sh --instances 2`. Creates an interview as instance_loss.py does, then signs the interviewer
in twice, in two Chromium sessions, until HAProxy has pinned them to different instances (cookie STACKUP_INSTANCE),
opens the interview's conversation on both, answers on the first and waits until the second shows the answer (the
news travels through PostgreSQL LISTEN/NOTIFY: the instances share nothing else), then the other way round. Prints
how long each took. Needs what instance_loss.py needs; run from the repository's root.
"""
import os, sys, time, urllib.request
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from instance_loss import BASE, browser, interview, sign_in  # noqa: E402


def pressed(driver, button):
    try:
        return driver.find_element(By.ID, button).get_dom_attribute("aria-pressed") == "true"
    except Exception:
        return False


def relay(source, target, question, option, label):
    source.execute_script("arguments[0].click()", source.find_element(By.ID, "option-%s-%s" % (question, option)))
    started = time.time()
    WebDriverWait(target, 60).until(lambda d: pressed(d, "option-%s-%s" % (question, option)))
    print("%s: shown on the other device %.1f s after the click" % (label, time.time() - started))


def main():
    interview_id = interview()
    tablet, laptop = browser(), None
    try:
        on_tablet = sign_in(tablet)
        for _ in range(6):
            laptop = browser()
            on_laptop = sign_in(laptop)
            if on_laptop != on_tablet:
                break
            laptop.quit()
            laptop = None
            # A fresh browser sends two requests without the cookie (the page and its icon), so every new session
            # lands where the last one did: one request more moves HAProxy's round robin on by one.
            urllib.request.urlopen(BASE + "/actuator/health/readiness").read()
        if laptop is None:
            raise SystemExit("HAProxy pinned every session to " + on_tablet)
        print("tablet on %s, laptop on %s" % (on_tablet, on_laptop))
        for driver in (tablet, laptop):
            driver.get(BASE + "/interviews/" + interview_id + "/run")
            WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.ID, "question-has-dir"))
        relay(tablet, laptop, "has-dir", "no", "tablet (%s) to laptop (%s)" % (on_tablet, on_laptop))
        relay(laptop, tablet, "budget", "yes", "laptop (%s) to tablet (%s)" % (on_laptop, on_tablet))
    finally:
        tablet.quit()
        if laptop is not None:
            laptop.quit()


if __name__ == "__main__":
    main()
