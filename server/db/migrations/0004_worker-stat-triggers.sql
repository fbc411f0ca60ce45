CREATE TRIGGER worker_stat_ins AFTER INSERT ON worker REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION worker_stat_apply();
--> statement-breakpoint
CREATE TRIGGER worker_stat_upd AFTER UPDATE ON worker REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION worker_stat_apply();
--> statement-breakpoint
CREATE TRIGGER worker_stat_del AFTER DELETE ON worker REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION worker_stat_apply();
--> statement-breakpoint
CREATE TRIGGER worker_snapshot_stat_ins AFTER INSERT ON worker_snapshot REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION worker_stat_apply();
--> statement-breakpoint
CREATE TRIGGER worker_snapshot_stat_upd AFTER UPDATE ON worker_snapshot REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION worker_stat_apply();
--> statement-breakpoint
CREATE TRIGGER worker_snapshot_stat_del AFTER DELETE ON worker_snapshot REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION worker_stat_apply();
