// Generates bench/inputs/data.json: the in-memory data both engines execute nested.graphql over
// (root value of the execution benchmarks). Deterministic: run `node bench/inputs/generate-data.js`.
'use strict';

const fs = require('fs');
const path = require('path');

const colors = ['RED', 'GREEN', 'BLUE'];
const cities = ['Lyon', 'Paris', 'Nantes', 'Lille', 'Brest'];

function pet(owner, k) {
  const id = `${owner}-pet${k}`;
  return k % 2 === 0
    ? { __typename: 'Dog', id, name: `Rex ${id}`, age: 2 + k, barks: k % 4 === 0, volume: 5 + k }
    : { __typename: 'Cat', id, name: `Tom ${id}`, age: 3 + k, meows: true, lives: 9 - k };
}

function person(id, n, withFriends) {
  return {
    __typename: 'Person',
    id,
    name: `Person ${id}`,
    age: 20 + (n % 50),
    favoriteColor: colors[n % colors.length],
    address: { street: `${n} rue de la Paix`, city: cities[n % cities.length], zip: String(10000 + n) },
    pets: [pet(id, 0), pet(id, 1)],
    friends: withFriends
      ? Array.from({ length: 20 }, (_, j) => person(`${id}-f${j}`, n * 20 + j, false))
      : [],
  };
}

const data = { people: Array.from({ length: 20 }, (_, i) => person(`p${i}`, i, true)) };
fs.writeFileSync(path.join(__dirname, 'data.json'), JSON.stringify(data) + '\n');
