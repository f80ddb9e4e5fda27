@_exported import MQTCore
