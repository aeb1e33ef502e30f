package com.salesos.inbound.imports;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page of the sales-ops UI: pick a kind and a mode, upload a CSV file, and follow the job to its report
 * (rows imported, each refused row with its problems). The same {@link ImportService} as the REST API.
 */
@Controller
@RequestMapping("/ops/imports")
@PreAuthorize("hasAnyRole('SALES_OPS', 'ADMIN')")
class ImportPageController {

    private final ImportService imports;

    ImportPageController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("kinds", kinds());
        return "imports/form";
    }

    /** A small file answers with its report at once; a large one shows its progress until done. */
    @PostMapping
    String upload(@RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(required = false) MultipartFile file, Authentication caller, Model model,
            HttpServletResponse response) throws IOException {
        try {
            if (file == null) {
                throw new InvalidFieldException("file", "is required");
            }
            return "redirect:/ops/imports/" + imports.start(kind, mode, file, caller.getName()).job().id();
        } catch (InvalidFieldException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("kinds", kinds());
            model.addAttribute("errors", e.errors());
            model.addAttribute("kind", kind);
            model.addAttribute("mode", mode);
            return "imports/form";
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.get(id));
        return "imports/job";
    }

    /** The job's progress and report, for the page to poll while the job runs. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.get(id));
        return "imports/job :: progress";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("kinds", kinds());
        model.addAttribute("errors", List.of(new InvalidFieldException.FieldError("id", e.getMessage())));
        return "imports/form";
    }

    private static List<String> kinds() {
        return Arrays.stream(ImportKind.values()).map(ImportKind::path).toList();
    }
}
