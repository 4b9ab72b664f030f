# perf-gate: `make demo` and `make test` work on a fresh clone.
.DEFAULT_GOAL := help
SHELL := /bin/bash
NODE ?= node
STAMP := node_modules/.perf-gate-installed

.PHONY: help install system-deps demo test lint typecheck unit check-dist bundle bench clean

help:
	@echo "make demo   - start the embedded demo services, load-test each, write reports"
	@echo "make test   - lint, typecheck, unit + e2e tests, dist check"
	@echo "make bundle - rebuild dist/ (commit it with the source)"
	@echo "make bench  - throughput, memory and write-speed benchmark"

# Installs only when package.json or the lock file changed since the last install.
$(STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $(STAMP)

install: $(STAMP)

# Debian packages the e2e tests drive: chromium renders report.html under Jenkins' CSP.
system-deps:
	@bash scripts/setup-system.sh

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

unit: install
	@mkdir -p test-output
	@set +e; NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 npx jest --json --outputFile=test-output/jest.json; \
	  status=$$?; $(NODE) scripts/test-summary.mjs test-output/jest.json; exit $$status

test: lint typecheck check-dist system-deps unit

bench: install
	$(NODE) scripts/bench.mjs

clean:
	rm -rf reports test-output coverage build
