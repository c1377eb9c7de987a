/**
 * The administration lists aimed at B: people searched in B's organisation with B's
 * manager's role, and the audit log filtered to what B's manager did and to B's manager's
 * own record. None may answer with anything of B's.
 */
import type { IsolationFeature } from "./cases.js";

export const administrationIsolation: IsolationFeature = async ({ n, clientB }) => {
  // Something B's manager did, so the audit log has B's rows to hide.
  const renamed = await clientB.patch(`/api/v1/organisations/${n.operatorB.id}`, {
    name: `Operator B ${n.operatorB.id}`,
  });
  if (renamed.statusCode !== 200) throw new Error(`B's rename failed: ${renamed.body}`);
  return {
    listQueries: {
      "/api/v1/users": `?organisationId=${n.operatorB.id}&role=operator_manager&q=${encodeURIComponent(n.managerB.email)}`,
      "/api/v1/audit-log": `?actorId=${n.managerB.id}&entity=organisation&entityId=${n.operatorB.id}`,
    },
  };
};
