// Moving between communes: a commune officer asks for a person registered in another commune (the answer never
// names it), the holding commune's officer accepts on the transfers page, and the person's worker record is then
// the requesting commune's.
import { apiGet, assert, openMenuGroup, signIn, signOut } from '../helpers.mjs';

export const name = 'transfers';

export async function run({ page, baseUrl, shot }) {
  // Someone of commune 1 (the demo registers workers there).
  await signIn(page, baseUrl, 'canbo.xa1');
  const held = (await apiGet(page, '/api/workers?pageSize=1&sort=name')).items[0];
  assert(held, 'commune 1 has no worker to transfer');
  await signOut(page);

  // Commune 2 asks for the person from the transfers page (under the register menu).
  await signIn(page, baseUrl, 'canbo.xa2');
  await openMenuGroup(page, 'Cung lao động');
  await page.getByRole('menuitem', { name: 'Chuyển đến/chuyển đi' }).click();
  await page.waitForURL(/\/registry\/transfers$/);
  await page.getByTestId('transfer-person-id').fill(held.personId);
  await page.getByTestId('transfer-send').click();
  await page.getByText('Đã gửi yêu cầu chuyển').waitFor();
  await page.getByRole('tab', { name: 'Đơn vị mình xin chuyển đến' }).click();
  const outgoing = page.getByTestId('transfers-outgoing').locator('.ant-table-row').filter({ hasText: held.personId });
  await outgoing.getByText('Chờ xử lý').waitFor();
  await outgoing.getByText('Đơn vị khác').waitFor();
  assert(!((await outgoing.textContent()) ?? '').includes(held.fullName), 'the requester sees the name behind the ID');
  await shot('transfer-requested');
  await signOut(page);

  // Commune 1 sees the request with the person's name and accepts it.
  await signIn(page, baseUrl, 'canbo.xa1');
  await openMenuGroup(page, 'Cung lao động');
  await page.getByRole('menuitem', { name: 'Chuyển đến/chuyển đi' }).click();
  const incoming = page.getByTestId('transfers-incoming').locator('.ant-table-row').filter({ hasText: held.personId });
  await incoming.getByText(held.fullName).waitFor();
  await shot('transfer-incoming');
  await incoming.getByRole('button', { name: 'Chấp nhận' }).click();
  await page.locator('.ant-popconfirm .ant-btn-primary').click();
  await incoming.getByText('Đã chấp nhận').waitFor();
  await signOut(page);

  // The worker record is now commune 2's.
  await signIn(page, baseUrl, 'canbo.xa2');
  const moved = await apiGet(page, `/api/workers/${held.personId}`);
  assert(moved.personId === held.personId && moved.communeCode !== held.communeCode, 'the worker did not move');
  await page.goto(`${baseUrl}/registry/workers/${held.personId}`);
  await page.getByTestId('worker-name').getByText(held.fullName).waitFor();
  await shot('transfer-moved');
}
