#!/usr/bin/python3
"""An interviewer in conversation mode loses the instance their browser is pinned to (kill -9).

Against `deploy/local/run.sh --instances 2` (HAProxy on 8080, instances on 8081 and 8082, demo profile). As the demo
admin it publishes the Mini IO template and assigns an interview to interviewer@demo.test through the API; as that
interviewer, in Debian's Chromium, it signs in through HAProxy, opens the interview's conversation, answers the first
question, reads the STACKUP_INSTANCE cookie, kills that instance with SIGKILL, answers the last question at once, and
then only watches, once a second, what the page shows and what the server holds, until the second answer is stored.
It prints how long that took, which instance the browser is on afterwards and what the device still keeps (nothing,
when all went well), and saves a screenshot next to itself as instance-loss.png.

Needs Debian's python3-selenium, chromium and chromium-driver (apt-get install python3-selenium chromium
chromium-driver). Run from the repository's root: /usr/bin/python3 bench/browser/instance_loss.py
"""
import json, os, random, signal, tempfile, time, urllib.parse, urllib.request
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

BASE = "http://localhost:8080"
KEYCLOAK = "http://localhost:8180"
PASSWORD = os.environ.get("STACKUP_DEMO_PASSWORD", "stackup-demo")


def token(user):
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "stackup-cli", "username": user,
                                   "password": PASSWORD, "scope": "openid organization:demo"}).encode()
    with urllib.request.urlopen(KEYCLOAK + "/realms/stackup/protocol/openid-connect/token", form) as response:
        return json.load(response)["access_token"]


def api(method, path, user, body=None, content_type="application/json"):
    request = urllib.request.Request(BASE + path, method=method, data=body,
                                     headers={"Authorization": "Bearer " + token(user), "Content-Type": content_type})
    with urllib.request.urlopen(request) as response:
        text = response.read()
        return json.loads(text) if text else None


def interview():
    with open("platform-ui/src/test/resources/templates/mini-io.json", encoding="utf-8") as f:
        document = f.read().replace('"key": "mini-io"', '"key": "loss-%06d"' % random.randrange(10 ** 6))
    admin = "admin@demo.test"
    template = api("POST", "/api/v1/templates", admin, document.encode())["id"]
    api("POST", "/api/v1/templates/%s/publish" % template, admin)
    prospect = api("POST", "/api/v1/prospects", admin, json.dumps({"name": "Instance loss"}).encode())["id"]
    return api("POST", "/api/v1/interviews", admin, json.dumps(
        {"templateId": template, "prospectId": prospect, "interviewer": "interviewer@demo.test"}).encode())["id"]


def instance_pid(port):
    """The pid of the java process started with --server.port=<port>."""
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                if b"--server.port=%d" % port in f.read():
                    return int(pid)
        except OSError:
            pass
    raise SystemExit("No instance listens on port %d: start deploy/local/run.sh --instances 2" % port)


def stored(interview_id, question):
    answers = api("GET", "/api/v1/interviews/" + interview_id, "interviewer@demo.test")["answers"]
    return {a["question"]: a["answer"] for a in answers}.get(question)


def browser():
    """Debian's Chromium, headless, with a profile of its own."""
    options = webdriver.ChromeOptions()
    for argument in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--user-data-dir=" + tempfile.mkdtemp(), "--window-size=1280,900"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def sign_in(driver):
    """Signs the interviewer in through HAProxy and Keycloak's form; returns the instance HAProxy pinned them to."""
    wait = WebDriverWait(driver, 60)
    driver.get(BASE + "/")
    wait.until(lambda d: d.find_elements(By.ID, "username"))
    driver.find_element(By.ID, "username").send_keys("interviewer@demo.test")
    if not [e for e in driver.find_elements(By.ID, "password") if e.is_displayed()]:
        driver.find_element(By.ID, "kc-login").click()
    wait.until(lambda d: [e for e in d.find_elements(By.ID, "password") if e.is_displayed()])
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "kc-login").click()
    wait.until(lambda d: d.current_url.startswith(BASE))
    return driver.get_cookie("STACKUP_INSTANCE")["value"]


def main():
    interview_id = interview()
    driver = browser()
    wait = WebDriverWait(driver, 60)
    try:
        sign_in(driver)
        driver.get(BASE + "/interviews/" + interview_id + "/run")
        wait.until(lambda d: d.find_elements(By.ID, "question-has-dir"))
        pinned = driver.get_cookie("STACKUP_INSTANCE")["value"]
        pid = instance_pid(8080 + int(pinned[-1]))
        driver.execute_script("arguments[0].click()", driver.find_element(By.ID, "option-has-dir-no"))
        wait.until(lambda d: "Saved" in d.find_element(By.ID, "state-has-dir").text)
        print("interview %s: first answer saved on %s (pid %d)" % (interview_id, pinned, pid))

        os.kill(pid, signal.SIGKILL)
        killed = time.time()
        driver.execute_script("arguments[0].click()", driver.find_element(By.ID, "option-budget-yes"))
        print("killed %s; the second answer given at once" % pinned)
        served = None
        while time.time() - killed < 90:
            time.sleep(1)
            try:
                state = [e.text for e in driver.find_elements(By.ID, "state-budget")]
                banner = [e.text for e in driver.find_elements(By.ID, "offline-banner") if e.is_displayed()]
            except Exception as e:  # the page is being replaced
                state, banner = ["(%s)" % type(e).__name__], []
            on_server = stored(interview_id, "budget")
            print("%5.1f s  page %s  state %s  banner %s  server %s"
                  % (time.time() - killed, driver.current_url[len(BASE):][:40], state, banner, on_server))
            if on_server == {"option": "yes"}:
                served = time.time() - killed
                break
        kept = driver.execute_script("const r = document.querySelector('[data-queue]');"
                                     " return r ? localStorage.getItem('stackup.pending.' + r.dataset.queue) : 'no page'")
        print("second answer stored %s after the kill; the browser is now on %s; kept on the device: %s"
              % ("%.1f s" % served if served else "NOT within 90 s",
                 (driver.get_cookie("STACKUP_INSTANCE") or {}).get("value"), kept))
        driver.save_screenshot(os.path.join(os.path.dirname(os.path.abspath(__file__)), "instance-loss.png"))
        if not served or kept:
            raise SystemExit(1)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
