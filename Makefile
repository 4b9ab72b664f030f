# perf-gate: `make demo` and `make test` work on a fresh clone.
.DEFAULT_GOAL := help
SHELL := /bin/bash
NODE ?= node
STAMP := node_modules/.perf-gate-installed

.PHONY: help install system-deps demo test lint typecheck unit jest check-dist bundle bench clean \
	perf-test perf-test-quick perf-test-load perf-test-stress perf-test-soak perf-test-all perf-reports-clean

help:
	@echo "make demo   - start the embedded demo services, load-test each, write reports"
	@echo "make test   - lint, typecheck, unit + e2e tests, dist check; ends with N passed, N failed"
	@echo "make unit   - the unit tests alone, from the sources (no build): npm run test:unit [-- PATH...]"
	@echo "make bundle - rebuild dist/ (commit it with the source)"
	@echo "make bench  - throughput, memory and write-speed benchmark"
	@echo ""
	@echo "make perf-test / perf-test-quick     - every service, light load"
	@echo "make perf-test-load   SERVICE= USERS= DURATION="
	@echo "make perf-test-stress SERVICE= MAX_USERS= RAMP_UP="
	@echo "make perf-test-soak   SERVICE= USERS= SOAK_DURATION=   - hours in constant memory, drift judged"
	@echo "make perf-test-all                    - load + stress on every service, index.html"
	@echo "make perf-reports-clean               - remove \$$(OUTPUT_DIR)"
	@echo "  every target: CONFIG=perf-gate.yml OUTPUT_DIR=reports/performance RPS=<req/s, paced>; load and stress: BASE_URL=http://host:port"

# Installs only when package.json or the lock file changed since the last install.
$(STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $(STAMP)

install: $(STAMP)

# Debian packages the e2e tests drive: chromium renders report.html under Jenkins' CSP;
# and a real application from the npm registry (verdaccio) that the journeys test logs in to.
system-deps:
	@bash scripts/setup-system.sh
	@bash scripts/setup-apps.sh

# dist/cli.js is a self-contained bundle: the demo needs no npm install.
demo:
	$(NODE) dist/cli.js demo

lint: install
	npx eslint .
	npx prettier --check . --log-level warn

typecheck: install
	npx tsc --noEmit

check-dist: install
	$(NODE) scripts/bundle.mjs --check

bundle: install
	$(NODE) scripts/bundle.mjs

# Tests: jest.config.js has three projects, run by one pool of two workers, slowest files first.
#   unit - the sources through esbuild: no build, no bundle check, no child process; seconds.
#          `npm run test:unit` (or `make unit`) while editing; `npm run test:unit -- __tests__/gate` for some.
#   slow - the sources too, but seconds of CPU each (calibrations, fast-check, a million requests).
#   e2e  - the built bundles (dist/) against servers on 127.0.0.1. Its globalSetup is the dist
#          check: a dist/ that differs from a fresh bundle of src/ stops the run (npm run bundle).
# `make test` runs all three once and ends with one line, `N passed, N failed`, for CI to count.
# It also sets PERF_GATE_REQUIRE_SYSTEM_DEPS=1 (as CI=true does): a test whose Debian package
# (chromium, prometheus, prometheus-pushgateway) is missing then fails, naming the package and
# `make system-deps`, instead of being skipped.
JEST := NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 npx jest --no-watchman

unit: install
	$(JEST) --selectProjects unit

jest: install
	@mkdir -p test-output
	@rm -f test-output/jest.json
	@set +e; $(JEST) --json --outputFile=test-output/jest.json; \
	  status=$$?; $(NODE) scripts/test-summary.mjs test-output/jest.json; exit $$status

# lint and typecheck side by side (one core each), their outputs kept apart; then the tests
test: export PERF_GATE_REQUIRE_SYSTEM_DEPS := 1
test: install
	@$(MAKE) --no-print-directory -j2 --output-sync=target lint typecheck
	@$(MAKE) --no-print-directory system-deps jest

bench: install
	$(NODE) scripts/bench.mjs

clean:
	rm -rf reports test-output coverage build

# --- The seed's performance targets; all of them run the bundled CLI (no npm install needed). ---
SERVICE ?= pkd_service
USERS ?= 10
DURATION ?= 60
MAX_USERS ?= 100
RAMP_UP ?= 300
SOAK_DURATION ?= 1h
QUICK_USERS ?= 5
QUICK_DURATION ?= 10
OUTPUT_DIR ?= reports/performance
CONFIG ?=
BASE_URL ?=
RPS ?=
PERF_GATE := $(NODE) dist/cli.js
PERF_COMMON = --output-dir "$(OUTPUT_DIR)" $(if $(CONFIG),--config "$(CONFIG)") $(if $(RPS),--rps "$(RPS)")
PERF_TARGET = $(if $(BASE_URL),--base-url "$(BASE_URL)")

perf-test: perf-test-quick

perf-test-quick:
	$(PERF_GATE) quick --users "$(QUICK_USERS)" --duration "$(QUICK_DURATION)" $(PERF_COMMON)

perf-test-load:
	$(PERF_GATE) load "$(SERVICE)" --users "$(USERS)" --duration "$(DURATION)" $(PERF_COMMON) $(PERF_TARGET)

perf-test-stress:
	$(PERF_GATE) stress "$(SERVICE)" --max-users "$(MAX_USERS)" --ramp-up "$(RAMP_UP)" $(PERF_COMMON) $(PERF_TARGET)

perf-test-soak:
	$(PERF_GATE) soak "$(SERVICE)" --users "$(USERS)" --duration "$(SOAK_DURATION)" $(PERF_COMMON) $(PERF_TARGET)

perf-test-all:
	$(PERF_GATE) all --users "$(USERS)" --duration "$(DURATION)" --max-users "$(MAX_USERS)" --ramp-up "$(RAMP_UP)" $(PERF_COMMON)

perf-reports-clean:
	rm -rf "$(OUTPUT_DIR)"
