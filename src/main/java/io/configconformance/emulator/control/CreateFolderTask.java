package io.configconformance.emulator.control;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.view.AccountView;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** POST /folders: a new folder in the resource directory of a management account. */
final class CreateFolderTask implements ControlTask {

    @Override
    public Object execute(EmulatorState state, ControlRequest request) {
        JsonNode management = request.body().path("ManagementAccountId");
        try {
            return Map.of("Folder", AccountView.folder(
                    state.accounts().createFolder(management.canConvertToLong() ? management.asLong() : -1)));
        } catch (IllegalArgumentException e) {
            throw Errors.invalidParameter("ManagementAccountId", e.getMessage());
        }
    }
}
