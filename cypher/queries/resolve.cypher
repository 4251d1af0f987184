// The nodes among $ids that exist, with their labels and name; through the unique :Entity(id) constraint.
// @param $ids List
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels, n.name AS name
