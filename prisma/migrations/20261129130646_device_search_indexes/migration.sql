-- CreateIndex
CREATE INDEX "Device_orgId_serial_pattern_idx" ON "Device"("orgId", "serial" text_pattern_ops);

-- CreateIndex
CREATE INDEX "Device_id_pattern_idx" ON "Device"("id" text_pattern_ops);
