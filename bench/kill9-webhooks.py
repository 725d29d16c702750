"""Operate webhooks through crashes (python3 bench/kill9-webhooks.py from the repository root, after a
build; needs psql and PostgreSQL on 127.0.0.1:5432, drops and creates the database roster_ops): SCIM writes while Roster is killed with kill -9 and restarted,
and the receiver down while Roster restarts; then compare what the receiver got with the events
committed in the database."""
import base64, hashlib, hmac, http.server, json, os, shutil, subprocess, sys, threading, time, urllib.request, uuid, random

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
SERVER = f"{ROOT}/scim-ear/target/server"
BASE = "/tmp/ops/standalone"
OFFSET = 800
HTTP = f"http://localhost:{8080 + OFFSET}"
READY = f"http://localhost:{9990 + OFFSET}/health/ready"
DB = "roster_ops"
KEY = "ops-platform-key"

def psql(sql, db=DB):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-tAc", sql],
                          check=True, capture_output=True, text=True).stdout.strip()

def start():
    log = open("/tmp/ops/server.log", "a")
    subprocess.Popen([f"{SERVER}/bin/standalone.sh", f"-Djboss.server.base.dir={BASE}",
        f"-Djboss.socket.binding.port-offset={OFFSET}",
        f"-Droster.db.url=jdbc:postgresql://127.0.0.1:5432/{DB}", "-Droster.db.user=postgres",
        "-Droster.db.password=unused", f"-Droster.platform.key={KEY}",
        "-Droster.webhooks.allow.loopback=true", "-Droster.webhooks.retry.first=PT0.5S",
        "-Droster.webhooks.retry.longest=PT2S", "-Droster.data.dir=/tmp/ops/data",
        f"-Droster.public.url={HTTP}"], stdout=log, stderr=log, env=dict(os.environ, JBOSS_JAVA_SIZING="-Xms512m -Xmx1g"))
    t0 = time.time()
    while True:
        try:
            if urllib.request.urlopen(READY, timeout=2).status == 200:
                return time.time() - t0
        except Exception:
            pass
        time.sleep(0.5)

def java_pid():
    pids = []
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                cmd = open(f"/proc/{p}/cmdline").read()
            except OSError:
                continue
            if "java" in cmd.split("\0")[0] and f"jboss.server.base.dir={BASE}" in cmd:
                pids.append(p)
    return pids

def kill9():
    for p in java_pid():
        os.kill(int(p), 9)
    time.sleep(1)

def call(method, path, body=None, auth=None, ctype="application/json"):
    req = urllib.request.Request(HTTP + path, method=method, data=None if body is None else json.dumps(body).encode())
    if body is not None: req.add_header("Content-Type", ctype)
    if auth: req.add_header("Authorization", auth)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, e.read()[:200]
    except OSError:
        return -1, None  # the server is down (killed) or restarting

received = []  # (webhook-id, event id, position)
bad_signatures = [0]
secret = {}
class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        wid, ts, sig = self.headers["webhook-id"], self.headers["webhook-timestamp"], self.headers["webhook-signature"]
        key = base64.b64decode(secret["value"][len("whsec_"):])
        expected = base64.b64encode(hmac.new(key, f"{wid}.{ts}.".encode() + body, hashlib.sha256).digest()).decode()
        if ("v1," + expected) not in sig.split(" "):
            bad_signatures[0] += 1
        ev = json.loads(body)
        received.append((wid, ev["id"], ev["position"]))
        time.sleep(0.005)
        self.send_response(200); self.end_headers()
    def log_message(self, *a): pass

def main():
    shutil.rmtree("/tmp/ops/standalone", ignore_errors=True); shutil.rmtree("/tmp/ops/data", ignore_errors=True)
    os.makedirs(BASE)
    for d in ("configuration", "deployments", "lib"):
        if os.path.exists(f"{SERVER}/standalone/{d}"): shutil.copytree(f"{SERVER}/standalone/{d}", f"{BASE}/{d}")
    psql(f"drop database if exists {DB} with (force)", "postgres"); psql(f"create database {DB}", "postgres")
    print("server ready in %.1f s" % start())
    slug = "ops-" + uuid.uuid4().hex[:6]
    st, org = call("POST", "/api/platform/v1/organizations", {"slug": slug, "name": slug, "adminEmail": "a@" + slug + ".example", "adminPassword": "ops-admin-password-1"}, "Bearer " + KEY)
    assert st == 201, (st, org)
    psql(f"update organization set identity_provider='OKTA', default_role='VIEWER', auto_activate_users=true, sync_groups=true, scim_enabled=true where id='{org['id']}'")
    token = "rstr_scim_" + uuid.uuid4().hex + uuid.uuid4().hex
    psql(f"insert into scim_token (id, organization_id, name, token_hash, created_at) values ('{uuid.uuid4()}', '{org['id']}', 'ops', '{hashlib.sha256(token.encode()).hexdigest()}', now())")
    st, signin = call("POST", "/api/admin/v1/auth/token", {"organization": slug, "email": "a@" + slug + ".example", "password": "ops-admin-password-1"})
    admin = "Bearer " + signin["access_token"]
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    port = srv.server_address[1]
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    st, hook = call("POST", "/api/admin/v1/webhooks", {"url": f"http://127.0.0.1:{port}/hook"}, admin)
    assert st == 201, (st, hook)
    secret["value"] = hook["secret"]
    # A webhook receives the events from its creation on (not the organization's first admin).
    since = psql(f"select created_at from webhook where id = '{hook['id']}'")

    acked = []; errors = []
    stop = threading.Event()
    def writer(n):
        i = 0
        while not stop.is_set():
            i += 1
            st, body = call("POST", "/scim/v2/Users", {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": f"w{n}-{i}@{slug}.example", "active": True}, "Bearer " + token, "application/scim+json")
            if st == 201: acked.append(body["id"])
            else: errors.append(st); time.sleep(0.2)
    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads: t.start()
    # Phase 1: kill -9 under load, twice.
    for round_ in range(2):
        time.sleep(8)
        before = len(received)
        kill9(); t_kill = time.time()
        print(f"kill -9 #{round_+1}: {len(acked)} users acknowledged, {before} deliveries received so far")
        print("  restarted, ready in %.1f s after the kill" % (start() and time.time() - t_kill))
    time.sleep(5)
    stop.set()
    for t in threads: t.join()
    # Phase 2: receiver down while Roster restarts.
    srv.shutdown(); srv.server_close()
    for i in range(20):
        call("POST", "/scim/v2/Users", {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": f"late{i}@{slug}.example"}, "Bearer " + token, "application/scim+json")
    kill9(); print("receiver down; Roster killed and restarted, ready %.1f s" % start())
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", port), Receiver)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    committed = psql(f"select count(*) from event where organization_id = '{org['id']}' and occurred_at >= '{since}'")
    deadline = time.time() + 120
    while time.time() < deadline:
        committed_ids = set(psql(f"select id from event where organization_id = '{org['id']}' and occurred_at >= '{since}'").split())
        if committed_ids and committed_ids <= {r[1] for r in received} and psql(f"select count(*) from event where organization_id = '{org['id']}' and position is null") == "0":
            break
        time.sleep(1)
    committed_ids = set(psql(f"select id from event where organization_id = '{org['id']}' and occurred_at >= '{since}'").split())
    got = {r[1] for r in received}
    ids_per_event = {}
    for wid, eid, pos in received: ids_per_event.setdefault(eid, set()).add(wid)
    firsts = []; seen = set()
    for wid, eid, pos in received:
        if eid not in seen: seen.add(eid); firsts.append(pos)
    users_in_db = int(psql(f"select count(*) from app_user where organization_id = '{org['id']}' and scim_managed"))
    print(f"SCIM: {len(acked)} creates acknowledged (+20 late), {len(errors)} refused or failed while down (statuses {sorted(set(errors))}: -1 = no answer), {users_in_db} SCIM users in the database")
    print(f"events committed: {len(committed_ids)}; delivered: {len(got & committed_ids)}; missing: {len(committed_ids - got)}; deliveries received: {len(received)} (duplicates {len(received) - len(got)})")
    print(f"events with more than one webhook-id: {sum(1 for v in ids_per_event.values() if len(v) > 1)}; bad signatures: {bad_signatures[0]}")
    print(f"first receipts in position order: {firsts == sorted(firsts)}")
    missing_acked = set(acked) - set(psql(f"select id from app_user where organization_id = '{org['id']}'").split())
    print(f"acknowledged users missing from the database: {len(missing_acked)}")
    kill9()

main()
