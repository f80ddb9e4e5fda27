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

test: setup
	$(SWIFT) build
	$(SWIFT) test
	$(MQT) test examples plugins

test-scripts: build
	$(MQT) test examples plugins

release: setup
	$(SWIFT) build -c release

bench: release
	bench/load
	bench/search

clean:
	rm -rf .build
