# mqt: `make run` opens the REPL on seeds/, `make test` runs every test. Both set up what is missing.
SWIFT ?= swift
MQT := .build/debug/mqt

.PHONY: all setup build run test test-unit test-scripts release bench clean

all: build

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build

run: build
	$(MQT) seeds/

# The example plugin programs in examples/plugins are found there by the scripts that use them.
TEST_SCRIPTS := MQT_PLUGIN_PATH=$(CURDIR)/examples/plugins $(MQT) test examples plugins

test: setup
	$(SWIFT) build
	$(SWIFT) test
	$(TEST_SCRIPTS)

test-scripts: build
	$(TEST_SCRIPTS)

release: setup
	$(SWIFT) build -c release

bench: release
	bench/load
	bench/search

clean:
	rm -rf .build
