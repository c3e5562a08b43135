// $p1 = ["network:eurocities"]
OPTIONAL MATCH (st:`Study`)
WITH collect([st.id, st.name]) AS studies
MATCH (n1)
WHERE (n1.id IN $p1 OR any(k IN n1._keys WHERE k IN $p1))
WITH studies, n1
ORDER BY n1.id
LIMIT 1
RETURN studies, collect({_id: n1.id, _kind: n1.kind, _p: n1._props, _name: n1.name, _names: n1._names, _langs: n1._langs, _src: n1._sources}) AS items
