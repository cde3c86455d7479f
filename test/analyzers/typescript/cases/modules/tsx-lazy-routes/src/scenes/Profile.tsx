export default function Profile({ displayName, contact }: { displayName: string; contact: string }) {
  console.log("profile opened by", contact);
  console.log("profile title", displayName);
  return <h1>{displayName}</h1>;
}
