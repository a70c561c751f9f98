# Runs SPARQLWrapper, the common Python SPARQL client, against an endpoint in every return format
# it offers and prints one line per format: FORMAT OK|FAIL content-type.
import sys
from SPARQLWrapper import SPARQLWrapper, JSON, XML, RDFXML, N3, TURTLE, CSV, TSV

endpoint = sys.argv[1]
select = "PREFIX gkg: <https://govkg.org/ontology#> SELECT ?g WHERE { ?g a gkg:LeadershipGroup } LIMIT 3"
construct = "PREFIX gkg: <https://govkg.org/ontology#> CONSTRUCT { ?g a gkg:LeadershipGroup } WHERE { ?g a gkg:LeadershipGroup } LIMIT 3"
for name, fmt, query in [("JSON", JSON, select), ("XML", XML, select), ("CSV", CSV, select), ("TSV", TSV, select),
                         ("RDFXML", RDFXML, construct), ("N3", N3, construct), ("TURTLE", TURTLE, construct),
                         ("XML-graph", XML, construct)]:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    try:
        result = client.query()
        result.convert()
        print(name, "OK", result.response.headers.get("Content-Type"))
    except Exception as e:
        print(name, "FAIL", str(e).splitlines()[0])
