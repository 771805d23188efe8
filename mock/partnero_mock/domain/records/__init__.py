"""The records each program stores, one module per resource: dataclasses, status enums and the
indexed books that hold them. The bottom of the domain: nothing here knows a rule or a program."""
