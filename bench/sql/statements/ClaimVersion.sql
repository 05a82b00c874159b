SELECT c.xmin
FROM claims AS c
WHERE c.id = $1
LIMIT 1
